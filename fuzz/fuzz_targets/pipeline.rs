//! Fuzz target `pipeline`: see `claimsift::fuzzing::pipeline` for the promises it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimsift::fuzzing::pipeline(data));
