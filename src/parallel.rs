//! Batch parallelism: a rayon pool owned by claimsift, sized by `n_threads` or
//! `CLAIMSIFT_NUM_THREADS`, rebuilt after `fork`, with panics caught per item.
//!
//! Why not rayon's global pool: users set the thread count per call and per process
//! (`CLAIMSIFT_NUM_THREADS`), and a global pool inherited across `fork()` has no threads in the
//! child and deadlocks. Each pool is tagged with the pid that built it; when `getpid()` changes,
//! a new pool is built lazily in the child (the old one's threads do not exist there).

use crate::error::{panic_message, Error, Result};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, OnceLock};

/// Name of the environment variable that sets the default thread count.
pub const THREADS_ENV: &str = "CLAIMSIFT_NUM_THREADS";

/// Batches smaller than this run on the calling thread.
const SERIAL_BELOW: usize = 2;

type PoolMap = HashMap<usize, Arc<rayon::ThreadPool>>;

fn pools() -> &'static Mutex<(u32, PoolMap)> {
    static POOLS: OnceLock<Mutex<(u32, PoolMap)>> = OnceLock::new();
    POOLS.get_or_init(|| Mutex::new((std::process::id(), HashMap::new())))
}

/// The thread count used when none is given: `CLAIMSIFT_NUM_THREADS`, else the number of CPUs.
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
            Ok(n)
        }
        _ => Ok(std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)),
    }
}

/// Resolves an optional thread count (validating an explicit 0).
pub fn resolve_threads(n_threads: Option<usize>) -> Result<usize> {
    match n_threads {
        Some(0) => Err(Error::config("n_threads must be at least 1")),
        Some(n) => Ok(n),
        None => default_threads(),
    }
}

fn pool(n: usize) -> Result<Arc<rayon::ThreadPool>> {
    let mut guard = pools().lock().unwrap_or_else(|e| e.into_inner());
    let pid = std::process::id();
    if guard.0 != pid {
        // Forked child: the parent's worker threads do not exist here. Forget (leak) the old
        // pools rather than drop them: dropping would try to join threads that are gone.
        let old = std::mem::take(&mut guard.1);
        std::mem::forget(old);
        guard.0 = pid;
    }
    if let Some(p) = guard.1.get(&n) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("claimsift-{i}"))
        .build()
        .map_err(|e| Error::config(format!("could not start {n} threads: {e}")))?;
    let p = Arc::new(p);
    guard.1.insert(n, p.clone());
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
    let n = resolve_threads(n_threads)?;
    let run_one = |i: usize, item: &T| -> Result<R> {
        match catch_unwind(AssertUnwindSafe(|| f(i, item))) {
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
        }
    };
    if n == 1 || items.len() < SERIAL_BELOW {
        return Ok(items.iter().enumerate().map(|(i, t)| run_one(i, t)).collect());
    }
    use rayon::prelude::*;
    let pool = pool(n)?;
    Ok(pool.install(|| items.par_iter().enumerate().map(|(i, t)| run_one(i, t)).collect()))
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
}
