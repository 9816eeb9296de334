-- A caseload at format 9 (format 8 and the phrases kept beside verdicts and signs of alteration) as
-- CaseDesk left it when stopped between upgrading a format-4 file and making its data key: the
-- format-4 content still in the clear (a verdict and a sign from then have no phrase and read in the
-- English they were recorded in), and a decision whose facts the supervisor's first read will
-- derive. Opening it makes the key, re-seals every row, and upgrades it to the latest format.
INSERT INTO users (username, display_name, role, password_hash, active, created_at)
VALUES ('amartin', 'Anne Martin', 'officer', 'pbkdf2-sha256$1000$Zml4dHVyZS1zYWx0LTE2Yg$qlIHV2LkQ+4GIhd45QJ/aWjmfi9zWc56uBflYFgXf+w',
    1, '2026-11-01T08:00:00.000Z');
INSERT INTO cases (id, reference, status, lodged, deadline, surname, given_names, native_name, birth_date, nationality,
    passport_sealed, passport_lookup, national_id_sealed, entry_date, exit_date, purpose, destination, visa_type, created_at)
VALUES (1, 'LU-SHA-2026-000001', 'refused', '2026-11-02', '2026-11-17', 'WANG', 'XIAOMING', '王小明', '1988-04-17', 'CHN',
    X'00453132333435363738', 'E12345678', X'00313130313031313938383034313730303131', '2026-12-10', '2026-12-24',
    'tourism', 'LU', 'C', '2026-11-02T08:00:00.000Z');
INSERT INTO blobs (sha256, size, sealed) VALUES ('aa' || substr(hex(zeroblob(31)), 1, 62), 24,
    X'00255044462D312E3720444F43554D454E544D41524B4552');
INSERT INTO documents (id, case_id, sha256, file_name, kind, pages, imported_at, imported_by)
VALUES (1, 1, 'aa' || substr(hex(zeroblob(31)), 1, 62), 'statement.pdf', 'bank-statement', 1, '2026-11-02T08:01:00.000Z',
    'amartin');
INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text)
VALUES (1, 'account_number', 'text', '6222020200112233445', NULL, 1, 70, 210, 73, 12, 'Account 6222020200112233445');
INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text, corrected_by, corrected_at)
VALUES (1, 'closing_balance', 'amount', '45678.91', 'CNY', 1, 70, 230, 73, 12, '45,678.91', 'amartin',
    '2026-11-02T08:05:00.000Z');
INSERT INTO transactions (document_id, row_no, date, description, amount, balance, currency, counterparty, page,
    x, y, w, h, neutral, supplied_by, supplied_at)
VALUES (1, 100000, '2026-10-03', 'SALARYMARKER', '12345.67', '45678.91', 'CNY', 'PAYEEMARKER', 1, 40, 300, 500, 12, 0,
    'amartin', '2026-11-02T08:06:00.000Z');
INSERT INTO signals (document_id, code, severity, detail, page, x, y, w, h)
VALUES (1, 'font-mismatch', 'medium', 'the figure 45,678.91 SIGNALMARKER is drawn in another font', 1, 70, 230, 73, 12);
INSERT INTO readings (document_id, status, unproven_rows) VALUES (1, 'reconciled', '');
INSERT INTO evaluations (id, case_id, rule_set_version, inputs_sha256, evaluated_at)
VALUES (1, 1, 'LU-2026.9', 'cc' || substr(hex(zeroblob(31)), 1, 62), '2026-11-02T08:07:00.000Z');
INSERT INTO verdicts (evaluation_id, position, rule, status, explanation, evidence, suggested_ground)
VALUES (1, 0, 'means', 'FAIL', 'closing balance 45,678.91 VERDICTMARKER is below what the stay needs', '[]', 3);
INSERT INTO decisions (id, case_id, outcome, refusal_grounds, note, deviation_reason, decided_by, decided_at, snapshot,
    snapshot_sha256, supersedes)
VALUES (1, 1, 'refuse', '[3]', 'NOTEMARKER', '', 'amartin', '2026-11-03T09:00:00.000Z', '{"SNAPSHOTMARKER":1}',
    '95f420f345a2cb031a32b9af96c04481f8d21f8ff17064dc8014f85d3b58b644', NULL);
INSERT INTO exchange_rates (date, currency, per_eur, source, imported_at)
VALUES ('2026-11-02', 'CNY', '7.9153', 'ECB eurofxref-hist.csv', '2026-11-02T08:02:00.000Z');
INSERT INTO rule_sets (version, effective, content, sha256, imported_at, imported_by)
VALUES ('LU-2026.9', '2026-11-01', '{}', 'bb' || substr(hex(zeroblob(31)), 1, 62), '2026-11-02T08:03:00.000Z', 'amartin');
