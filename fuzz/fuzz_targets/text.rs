//! Fuzz target `text`: see `claimsift::fuzzing::text` for the promises it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimsift::fuzzing::text(data));
