//! Fuzz target `gazetteer_bytes`: see `claimsift::fuzzing::gazetteer_bytes` for the promises it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimsift::fuzzing::gazetteer_bytes(data));
