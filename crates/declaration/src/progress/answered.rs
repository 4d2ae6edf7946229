//! Whether a part of the model holds an answer, read from the typed model ([`Answered`]):
//! a non-blank text, any number, yes/no or choice, or a group or list holding one — what
//! [`super::answered`] says of the part's JSON form, without making it. The task list asks
//! this of every section on every change, in the app's first download, where serialising the
//! sections to JSON would carry their serialisers (≈ 3.5 KiB brotli).
//!
//! Each struct's fields are destructured without `..`, so a field added to the model does
//! not compile until it is listed here; a native test checks every answer of the registry
//! against the JSON reading.

use crate::model::*;

/// Whether a part of the model holds an answer.
pub(crate) trait Answered {
    fn answered(&self) -> bool;
}

impl Answered for String {
    fn answered(&self) -> bool {
        !self.trim().is_empty()
    }
}

impl<T: Answered> Answered for Option<T> {
    fn answered(&self) -> bool {
        self.as_ref().is_some_and(Answered::answered)
    }
}

impl<T: Answered> Answered for Vec<T> {
    fn answered(&self) -> bool {
        self.iter().any(Answered::answered)
    }
}

/// Values that are an answer whenever they are there: yes/no, numbers, choices.
macro_rules! always {
    ($($t:ty),+) => {
        $(impl Answered for $t {
            fn answered(&self) -> bool {
                true
            }
        })+
    };
}

always!(
    bool,
    i64,
    HandlerCount,
    ServiceModel,
    IsmapList,
    RegionPurpose,
    VerificationMethod
);

/// A struct holds an answer when one of its fields does.
macro_rules! fields {
    ($($t:ident { $($f:ident),+ })+) => {
        $(impl Answered for $t {
            fn answered(&self) -> bool {
                let $t { $($f),+ } = self;
                false $(|| $f.answered())+
            }
        })+
    };
}

fields! {
    Basic { municipality, assessment_title, pi_file, system_name, item_number, declaration_date, declarant }
    Declarant { organization, department, name, title, email, phone }
    Entrustment { content, handler_count, contractor, resubcontract, resubcontracted_work, other_information, uses_cloud }
    Contractor { name, address, postal_code, corporate_number }
    Cloud { provider, service, service_model, certifications, ismap, data_location, basic_policy, controls_verification }
    Certifications { iso27017, cs_gold_mark, iso27018 }
    Certificate { held, certificate_number, registration_number, certifier, valid_until }
    Ismap { listed, list, registration_number, listed_service_name, valid_until }
    DataLocation { regions, contract_guarantees_domestic }
    Region { name, country, purpose }
    BasicPolicy { governing_law_japan, jurisdiction_japan, notes }
    ControlsVerification { method, description }
    ModelDocument { title, url, version_or_date }
    Attestation { truthful, will_report_changes, name, title, date }
}
