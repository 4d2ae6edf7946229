//! The answers of each section, one file per section. Simple sections are lists of answers
//! from the field registry; the repeatable ones (subcontractors, regions, measures) and the
//! responsibility table have their own components. Each section's page is its own split
//! point (`super::lazy`), which puts these answers inside [`super::step::SectionPage`].

pub mod addressees;
pub mod attestation;
pub mod basic;
pub mod cloud;
pub mod entrustment;
pub mod measures;
pub mod responsibility;
pub mod subcontractors;
