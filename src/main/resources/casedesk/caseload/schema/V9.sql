-- CaseDesk caseload, schema version 9: what a verdict's explanation and a sign's detail say, kept as
-- a phrase (a message key and its arguments, JSON) beside their English, so that each reader gets
-- them in the desk's language. Sealed like the English; NULL for rows from before, which read in
-- the English they were recorded in.
ALTER TABLE verdicts ADD COLUMN phrase BLOB;
ALTER TABLE signals ADD COLUMN phrase BLOB;
