//! Batch parallelism: rayon pools owned by claimsift, sized by `n_threads` or
//! `CLAIMSIFT_NUM_THREADS`, bounded in number and size, safe across `fork`, with panics caught
//! per item and cancellation between items.
//!
//! Why not rayon's global pool: users set the thread count per call and per process
//! (`CLAIMSIFT_NUM_THREADS`), and a global pool inherited across `fork()` has no threads in the
//! child and deadlocks.
//!
//! # Limits
//!
//! - A pool has at most [`max_threads`] threads: 4 × the CPU count, never more than
//!   [`MAX_THREADS_CAP`] (256). A larger `n_threads` is capped to it (asking for 10,000 threads
//!   gets `max_threads()`); a larger `CLAIMSIFT_NUM_THREADS` is a configuration error, because a
//!   process-wide setting that cannot be honoured is a mistake worth reporting.
//! - At most [`MAX_POOLS`] pools are kept (least recently used first out). An evicted pool's
//!   threads exit once its running batches (which hold their own `Arc` of it) finish, so many
//!   distinct `n_threads` values never pile up threads.
//!
//! # Fork safety
//!
//! The registry of pools is tagged with the pid that created it and reached through an atomic
//! pointer, checked *before* any lock is taken. A child created by `fork()` while another thread
//! held the registry's mutex (or was inside a pool) sees a different pid, installs a fresh
//! registry and never touches the parent's mutex or threads, which it leaks on purpose (dropping
//! a pool would try to join threads that do not exist in the child). No `pthread_atfork` hook is
//! needed, so forking at any moment is safe.

use crate::error::{panic_message, Error, Result};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::{Arc, Mutex};

/// Name of the environment variable that sets the default thread count.
pub const THREADS_ENV: &str = "CLAIMSIFT_NUM_THREADS";

/// The absolute ceiling on threads per pool (see [`max_threads`]).
pub const MAX_THREADS_CAP: usize = 256;

/// How many pools (distinct thread counts) are kept alive at once.
pub const MAX_POOLS: usize = 4;

/// Batches smaller than this run on the calling thread.
const SERIAL_BELOW: usize = 2;

fn cpus() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// The most threads one pool may have: 4 × the CPU count, at most [`MAX_THREADS_CAP`].
pub fn max_threads() -> usize {
    (4 * cpus()).clamp(1, MAX_THREADS_CAP)
}

/// The pools of one process, most recently used last.
struct Registry {
    pid: u32,
    pools: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>>,
}

static REGISTRY: AtomicPtr<Registry> = AtomicPtr::new(std::ptr::null_mut());

/// This process's registry; a forked child gets a fresh one (the parent's is leaked).
fn registry() -> &'static Registry {
    let pid = std::process::id();
    loop {
        let cur = REGISTRY.load(Ordering::Acquire);
        if !cur.is_null() {
            // SAFETY: every pointer stored in REGISTRY comes from `Box::leak` and is never
            // freed, so it is valid for 'static.
            let r: &'static Registry = unsafe { &*cur };
            if r.pid == pid {
                return r;
            }
        }
        let fresh: &'static mut Registry = Box::leak(Box::new(Registry {
            pid,
            pools: Mutex::new(Vec::new()),
        }));
        let fresh_ptr: *mut Registry = fresh;
        if REGISTRY
            .compare_exchange(cur, fresh_ptr, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            return fresh;
        }
        // Another thread installed one first: ours stays leaked (a few bytes, once per fork).
    }
}

/// Runs `f` while holding this process's pool-registry lock: a test hook that forks inside `f`
/// to prove that a child never waits on a lock its parent held at the moment of `fork()`.
#[doc(hidden)]
pub fn with_registry_locked<R>(f: impl FnOnce() -> R) -> R {
    let _guard = registry().pools.lock().unwrap_or_else(|e| e.into_inner());
    f()
}

/// The thread count used when none is given: `CLAIMSIFT_NUM_THREADS`, else the number of CPUs.
/// A value above [`max_threads`] is an error.
pub fn default_threads() -> Result<usize> {
    match std::env::var(THREADS_ENV) {
        Ok(v) if !v.trim().is_empty() => {
            let n: usize = v
                .trim()
                .parse()
                .map_err(|_| Error::config(format!("{THREADS_ENV}={v:?} is not a positive whole number")))?;
            if n == 0 {
                return Err(Error::config(format!(
                    "{THREADS_ENV}=0: need at least one thread"
                )));
            }
            let max = max_threads();
            if n > max {
                return Err(Error::config(format!(
                    "{THREADS_ENV}={n} is above the limit of {max} threads (4 x {} CPUs, at most \
                     {MAX_THREADS_CAP})",
                    cpus()
                )));
            }
            Ok(n)
        }
        _ => Ok(cpus()),
    }
}

/// Resolves an optional thread count: an explicit 0 is an error, a count above
/// [`max_threads`] is capped to it, `None` is [`default_threads`].
pub fn resolve_threads(n_threads: Option<usize>) -> Result<usize> {
    match n_threads {
        Some(0) => Err(Error::config("n_threads must be at least 1")),
        Some(n) => Ok(n.min(max_threads())),
        None => default_threads(),
    }
}

fn pool(n: usize) -> Result<Arc<rayon::ThreadPool>> {
    let reg = registry();
    let mut pools = reg.pools.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(k) = pools.iter().position(|(m, _)| *m == n) {
        let entry = pools.remove(k);
        let p = entry.1.clone();
        pools.push(entry);
        return Ok(p);
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("claimsift-{i}"))
        .build()
        .map_err(|e| Error::config(format!("could not start {n} threads: {e}")))?;
    let p = Arc::new(p);
    if pools.len() >= MAX_POOLS {
        // Dropping a pool does not wait: its threads exit once idle (a batch still using it
        // holds its own Arc).
        pools.remove(0);
    }
    pools.push((n, p.clone()));
    Ok(p)
}

/// Maps `f` over `items` in parallel, keeping input order. A panic in one item becomes an
/// [`Error::Document`] for that item; every other item is processed.
pub fn map_indexed<T, R, F>(items: &[T], n_threads: Option<usize>, f: F) -> Result<Vec<Result<R>>>
where
    T: Sync,
    R: Send,
    F: Fn(usize, &T) -> Result<R> + Sync,
{
    let never = AtomicBool::new(false);
    Ok(map_indexed_cancellable(items, n_threads, &never, f)?.unwrap_or_default())
}

/// [`map_indexed`] that stops early when `cancel` becomes true: items not yet started are
/// skipped and the result is `Ok(None)`. Items already running finish first (each is one
/// document), so cancellation takes effect within about one document's time per thread.
pub fn map_indexed_cancellable<T, R, F>(
    items: &[T],
    n_threads: Option<usize>,
    cancel: &AtomicBool,
    f: F,
) -> Result<Option<Vec<Result<R>>>>
where
    T: Sync,
    R: Send,
    F: Fn(usize, &T) -> Result<R> + Sync,
{
    let n = resolve_threads(n_threads)?;
    let run_one = |i: usize, item: &T| -> Option<Result<R>> {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        Some(match catch_unwind(AssertUnwindSafe(|| f(i, item))) {
            Ok(r) => r.map_err(|e| match e {
                Error::Document { .. } => e,
                other => Error::Document {
                    index: i,
                    message: other.to_string(),
                },
            }),
            Err(p) => Err(Error::Document {
                index: i,
                message: format!("internal error: {}", panic_message(&*p)),
            }),
        })
    };
    let out: Option<Vec<Result<R>>> = if n == 1 || items.len() < SERIAL_BELOW {
        items.iter().enumerate().map(|(i, t)| run_one(i, t)).collect()
    } else {
        use rayon::prelude::*;
        let pool = pool(n)?;
        pool.install(|| items.par_iter().enumerate().map(|(i, t)| run_one(i, t)).collect())
    };
    Ok(out.filter(|_| !cancel.load(Ordering::Relaxed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_isolates_panics() {
        let items: Vec<usize> = (0..100).collect();
        let out = map_indexed(&items, Some(3), |_, &x| {
            if x == 42 {
                panic!("boom at {x}");
            }
            Ok(x * 2)
        })
        .unwrap();
        for (i, r) in out.iter().enumerate() {
            if i == 42 {
                let e = r.as_ref().unwrap_err();
                assert!(matches!(e, Error::Document { index: 42, .. }), "{e}");
                assert!(e.to_string().contains("boom at 42"));
            } else {
                assert_eq!(*r.as_ref().unwrap(), i * 2);
            }
        }
        assert!(map_indexed(&items, Some(0), |_, &x| Ok(x)).is_err());
    }

    #[test]
    fn caps_threads_and_bounds_pools() {
        assert_eq!(resolve_threads(Some(1_000_000)).unwrap(), max_threads());
        assert!(max_threads() <= MAX_THREADS_CAP);
        let items: Vec<usize> = (0..8).collect();
        for n in 1..=(MAX_POOLS + 3) {
            map_indexed(&items, Some(n), |_, &x| Ok(x)).unwrap();
        }
        let kept = registry().pools.lock().unwrap().len();
        assert!(kept <= MAX_POOLS, "{kept} pools kept");
    }

    #[test]
    fn cancellation_skips_the_rest() {
        let cancel = AtomicBool::new(false);
        let items: Vec<usize> = (0..1000).collect();
        let out = map_indexed_cancellable(&items, Some(2), &cancel, |_, &x| {
            if x == 3 {
                cancel.store(true, Ordering::Relaxed);
            }
            Ok(x)
        })
        .unwrap();
        assert!(out.is_none());
    }
}
