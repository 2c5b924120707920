//! Newtype identifiers, so a vendor id cannot be passed where a contact id is expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                i64::column_result(value).map($name)
            }
        }
    };
}

id_type!(
    /// A vendor in the register.
    VendorId
);
id_type!(
    /// One named service a vendor provides.
    ServiceId
);
id_type!(
    /// A person at a vendor.
    ContactId
);
id_type!(
    /// One of our own systems.
    InternalServiceId
);
id_type!(
    /// A data flow to a vendor.
    FlowId
);
id_type!(
    /// A vendor-to-vendor edge (subprocessor or onward transfer).
    EdgeId
);
id_type!(
    /// An incident at a vendor.
    IncidentId
);

id_type!(
    /// A questionnaire assessment (one cycle of one template for one vendor).
    AssessmentId
);

id_type!(
    /// A finding raised by an answer.
    FindingId
);
