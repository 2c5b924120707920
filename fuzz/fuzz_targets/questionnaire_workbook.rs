//! Any bytes as a filled questionnaire workbook for the sample's Zendesk assessment: a preview
//! or a clear error naming sheet and cell, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vendor_risk_core::ids::AssessmentId;
use vendor_risk_core::{Register, RegisterOptions, sample};

thread_local! {
    static REGISTER: (Register, AssessmentId) = {
        let register = Register::in_memory(RegisterOptions::default()).expect("register");
        sample::write_sample(&register).expect("sample");
        let zendesk = register.find_vendor("Zendesk").expect("Zendesk").id;
        let assessment = register.assessments(Some(zendesk)).expect("assessments")[0].id;
        (register, assessment)
    };
}

fuzz_target!(|data: &[u8]| {
    REGISTER.with(|(register, assessment)| {
        let _ = register.import_assessment_workbook(*assessment, data.to_vec(), false);
    });
});
