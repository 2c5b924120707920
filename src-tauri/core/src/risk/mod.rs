//! Vendor risk: the configurable, versioned rubric; inherent and residual risk with their
//! arithmetic; review cadence, document staleness, contract notice dates and risk acceptances;
//! and the whole-register risk book behind the dashboard. Pure; the register stores, audits
//! and caches.

pub mod book;
pub mod cadence;
pub mod compute;
pub mod records;
pub mod rubric;

#[cfg(test)]
mod tests;
