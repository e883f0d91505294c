-- Sealed records (ADR 0018): the canonical form of what justering, omedelbar justering, a
-- rättelse or a step of the anslag fixed, with its SHA-256, chained per archive. Only ever added.
create table sealed_record (
    id             bigint       not null,
    meeting_id     bigint       not null,
    kind           varchar(20)  not null,
    subject        varchar(200) not null,
    format         varchar(40)  not null,
    canonical      text         not null,
    content_sha256 varchar(64)  not null,
    audit_head     varchar(64)  not null,
    previous_seal  varchar(64)  not null,
    sealed_at      timestamp    not null,
    sealed_by      varchar(200) not null,
    seal           varchar(64)  not null,
    constraint sealed_record_pk primary key (id),
    constraint sealed_record_seal_uq unique (seal),
    constraint sealed_record_kind_ck check (kind in ('PROTOCOL', 'PARAGRAPH', 'CORRECTION', 'LIFECYCLE'))
);
create index sealed_record_meeting_ix on sealed_record (meeting_id, id);

-- From now on the audit trail records events (a § saved, justerat, rättad), written by the
-- application; the newest event of a subject is found by this index.
create index audit_entry_subject_ix on audit_entry (meeting_id, table_name, row_key, seq);

-- The row trigger keeps guarding the meeting aggregate (and now the kept import source and the
-- stored bytes of bilagor), and keeps sealed records append-only.
create force trigger sealed_record_lock before insert, update, delete on sealed_record for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger protocol_import_lock before insert, update, delete on protocol_import for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger stored_file_lock before insert, update, delete on stored_file for each row call 'se.paragraf.persistence.MinutesLockTrigger';
