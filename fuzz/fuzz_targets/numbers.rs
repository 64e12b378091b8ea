//! Fuzz target `numbers`: see `claimsift::fuzzing::numbers` for the promises it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimsift::fuzzing::numbers(data));
