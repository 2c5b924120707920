//! The scenario tests across the core and the CLI, and (with the `e2e` feature) the end-to-end
//! tests of the real window, in one test binary.

mod scenarios;

#[cfg(feature = "e2e")]
mod e2e;
