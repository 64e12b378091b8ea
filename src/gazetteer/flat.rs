//! A flat, open-addressing hash table from integer keys to `u32` values (linear probing, load
//! at most 1/2, Fibonacci hashing on the high bits).
//!
//! Why not `HashMap`: the binary form writes the occupied slots in slot order, and loading
//! re-inserts them in that order into a table of the same capacity, so every insert lands at
//! (or next to) the slot the previous one filled: sequential memory traffic instead of one
//! cache miss per insert. That makes `from_bytes` several times faster than building.

use super::matcher::NONE;

/// A key: an integer with a well-mixed 64-bit hash.
pub(crate) trait FlatKey: Copy + Eq + Default {
    fn mix(self) -> u64;
}

impl FlatKey for u64 {
    #[inline]
    fn mix(self) -> u64 {
        self.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

impl FlatKey for u128 {
    #[inline]
    fn mix(self) -> u64 {
        let lo = self as u64;
        let hi = (self >> 64) as u64;
        (lo ^ hi.wrapping_mul(0xC2B2_AE3D_27D4_EB4F).rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// The table. Values equal to [`NONE`] mark empty slots (and cannot be stored).
#[derive(Debug, Clone)]
pub(crate) struct FlatTable<K> {
    slots: Vec<(K, u32)>,
    shift: u32,
    len: usize,
}

impl<K: FlatKey> Default for FlatTable<K> {
    fn default() -> Self {
        FlatTable {
            slots: Vec::new(),
            shift: 64,
            len: 0,
        }
    }
}

impl<K: FlatKey> FlatTable<K> {
    /// A table that holds `n` entries without growing.
    pub fn with_capacity(n: usize) -> Self {
        let cap = (n.max(4) * 2).next_power_of_two();
        FlatTable {
            slots: vec![(K::default(), NONE); cap],
            shift: 64 - cap.trailing_zeros(),
            len: 0,
        }
    }

    #[inline]
    fn home(&self, k: K) -> usize {
        (k.mix() >> self.shift) as usize
    }

    /// The value of `k`, or [`NONE`].
    #[inline]
    pub fn get(&self, k: K) -> u32 {
        if self.slots.is_empty() {
            return NONE;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let (sk, v) = self.slots[i];
            if v == NONE {
                return NONE;
            }
            if sk == k {
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    /// Inserts `k → v` unless `k` is present; returns the value now stored for `k`.
    pub fn get_or_insert(&mut self, k: K, v: u32) -> u32 {
        debug_assert!(v != NONE);
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let (sk, sv) = self.slots[i];
            if sv == NONE {
                self.slots[i] = (k, v);
                self.len += 1;
                return v;
            }
            if sk == k {
                return sv;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        *self = FlatTable::with_capacity((self.len + 1).max(old.len()));
        for (k, v) in old {
            if v != NONE {
                self.get_or_insert(k, v);
            }
        }
    }

    /// Rebuilds at the smallest capacity that holds the entries (a sparser table only costs
    /// cache misses).
    pub fn shrink(&mut self) {
        let want = (self.len.max(4) * 2).next_power_of_two();
        if want < self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            *self = FlatTable::with_capacity(self.len);
            for (k, v) in old {
                if v != NONE {
                    self.get_or_insert(k, v);
                }
            }
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The entries, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (K, u32)> + '_ {
        self.slots.iter().copied().filter(|e| e.1 != NONE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_grows_and_finds() {
        let mut t: FlatTable<u64> = FlatTable::default();
        assert_eq!(t.get(5), NONE);
        for k in 0..10_000u64 {
            assert_eq!(t.get_or_insert(k << 33, k as u32), k as u32);
        }
        assert_eq!(t.get_or_insert(7 << 33, 99), 7);
        assert_eq!(t.len(), 10_000);
        for k in 0..10_000u64 {
            assert_eq!(t.get(k << 33), k as u32);
        }
        assert_eq!(t.get(1), NONE);
        let mut u: FlatTable<u128> = FlatTable::with_capacity(3);
        u.get_or_insert(1 << 100, 1);
        assert_eq!(u.get(1 << 100), 1);
        assert_eq!(u.get(1 << 99), NONE);
    }
}
