-- The legal lifecycle of a protocol (ADR 0012): its status and dates, immediate justering of
-- single §§, corrections (rättelser), and triggers that make a justerat protocol unchangeable in
-- the database itself, whatever path a change takes.
--
-- The status of a meeting's protocol; a missing row means a draft. adjusted_on moves here from
-- meeting_officers, so that "justerat" is one fact in one place.
create table minutes_lifecycle (
    meeting_id    bigint      not null,
    status        varchar(30) not null,
    ready_on      date,
    adjusted_on   date,
    posted_on     date,
    take_down_on  date,
    taken_down_on date,
    -- Where the justerat protocol is kept, as the anslag states (KL 8 kap 12 §).
    kept_at       varchar(500),
    constraint minutes_lifecycle_pk primary key (meeting_id),
    constraint minutes_lifecycle_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint minutes_lifecycle_status_ck check (status in ('DRAFT', 'READY_FOR_ADJUSTMENT', 'ADJUSTED', 'POSTED',
                                                             'APPEAL_PERIOD_OVER'))
);

insert into minutes_lifecycle (meeting_id, status, ready_on, adjusted_on)
select meeting_id, 'ADJUSTED', adjusted_on, adjusted_on from meeting_officers where adjusted_on is not null;
alter table meeting_officers drop column adjusted_on;

-- Omedelbar justering of one §: from then on the § is as unchangeable as a justerat protocol.
create table paragraph_adjustment (
    paragraph_id bigint not null,
    adjusted_on  date   not null,
    constraint paragraph_adjustment_pk primary key (paragraph_id),
    constraint paragraph_adjustment_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

-- A rättelse: a new, dated note on a justerat protocol (or one of its §§); the original stays.
create sequence correction_seq start with 1;
create table correction (
    id           bigint        not null,
    meeting_id   bigint        not null,
    paragraph_id bigint,
    made_at      timestamp     not null,
    made_by      varchar(200)  not null,
    reason       varchar(2000) not null,
    body         varchar       not null,
    constraint correction_pk primary key (id),
    constraint correction_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint correction_paragraph_fk foreign key (paragraph_id) references paragraph (id)
);
create index correction_meeting_ix on correction (meeting_id, made_at);

-- Who signed the protocol at justering, on paper or digitally (ADR 0013); only ever added.
create table adjustment_signature (
    meeting_id  bigint       not null,
    ordinal     integer      not null,
    role        varchar(20)  not null,
    name        varchar(200) not null,
    signed_at   timestamp    not null,
    method      varchar(10)  not null,
    recorded_by varchar(200) not null,
    constraint adjustment_signature_pk primary key (meeting_id, ordinal),
    constraint adjustment_signature_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint adjustment_signature_role_ck check (role in ('CHAIR', 'ADJUSTER', 'SECRETARY')),
    constraint adjustment_signature_method_ck check (method in ('PAPER', 'DIGITAL'))
);

-- Expediering: which recipient of a § got its extract when; only ever added.
create table dispatch (
    paragraph_id bigint       not null,
    recipient    varchar(500) not null,
    sent_at      timestamp    not null,
    sent_by      varchar(200) not null,
    constraint dispatch_pk primary key (paragraph_id, recipient, sent_at),
    constraint dispatch_paragraph_fk foreign key (paragraph_id) references paragraph (id)
);

-- The audit trail (ADR 0013): every change of a meeting's rows, written by the trigger below,
-- chained per meeting by SHA-256. No foreign key: the trail outlives a deleted draft meeting.
create table audit_entry (
    meeting_id    bigint       not null,
    seq           bigint       not null,
    recorded_at   timestamp    not null,
    os_user       varchar(200) not null,
    operation     varchar(10)  not null,
    table_name    varchar(60)  not null,
    row_key       varchar(500) not null,
    row_hash      varchar(64)  not null,
    previous_hash varchar(64)  not null,
    entry_hash    varchar(64)  not null,
    constraint audit_entry_pk primary key (meeting_id, seq)
);

-- The newest entry of each meeting's chain, so that appending costs one lookup by key instead of
-- a search through the meeting's whole trail. Written only by the trigger; verify never trusts it.
create table audit_head (
    meeting_id bigint      not null,
    seq        bigint      not null,
    entry_hash varchar(64) not null,
    constraint audit_head_pk primary key (meeting_id)
);

-- The SHA-256 of each document that left Paragraf as a meeting's record (justerat or signed
-- protocol, anslag, extract), for paragraf verify --pdf.
create table minutes_document (
    meeting_id  bigint       not null,
    sha256      varchar(64)  not null,
    kind        varchar(20)  not null,
    file_name   varchar(500) not null,
    recorded_at timestamp    not null,
    os_user     varchar(200) not null,
    constraint minutes_document_pk primary key (meeting_id, sha256),
    constraint minutes_document_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint minutes_document_kind_ck check (kind in ('MINUTES', 'SIGNED_MINUTES', 'NOTICE', 'EXTRACT'))
);

-- Every row of a meeting's protocol is guarded and audited by one Java trigger (H2; see ADR 0012
-- for PostgreSQL). FORCE: the build creates this schema for jOOQ's code generator before the trigger
-- class is compiled; at run time the class is there, and a missing class fails every write.
create force trigger meeting_lock before insert, update, delete on meeting for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger meeting_officers_lock before insert, update, delete on meeting_officers for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger meeting_adjuster_lock before insert, update, delete on meeting_adjuster for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger attendee_lock before insert, update, delete on attendee for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger other_present_lock before insert, update, delete on other_present for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger attendance_change_lock before insert, update, delete on attendance_change for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger agenda_item_lock before insert, update, delete on agenda_item for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger paragraph_lock before insert, update, delete on paragraph for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger paragraph_case_number_lock before insert, update, delete on paragraph_case_number for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger motivation_section_lock before insert, update, delete on motivation_section for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger decision_block_lock before insert, update, delete on decision_block for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger clause_lock before insert, update, delete on clause for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger attachment_lock before insert, update, delete on attachment for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger preparation_lock before insert, update, delete on preparation for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger recipient_lock before insert, update, delete on recipient for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger motion_lock before insert, update, delete on motion for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger proposition_lock before insert, update, delete on proposition for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger vote_lock before insert, update, delete on vote for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger ballot_lock before insert, update, delete on ballot for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger dissent_lock before insert, update, delete on dissent for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger recorded_statement_lock before insert, update, delete on recorded_statement for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger statement_joiner_lock before insert, update, delete on statement_joiner for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger disqualification_lock before insert, update, delete on disqualification for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger minutes_lifecycle_lock before insert, update, delete on minutes_lifecycle for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger paragraph_adjustment_lock before insert, update, delete on paragraph_adjustment for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger correction_lock before insert, update, delete on correction for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger audit_entry_lock before insert, update, delete on audit_entry for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger minutes_document_lock before insert, update, delete on minutes_document for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger adjustment_signature_lock before insert, update, delete on adjustment_signature for each row call 'se.paragraf.persistence.MinutesLockTrigger';
create force trigger dispatch_lock before insert, update, delete on dispatch for each row call 'se.paragraf.persistence.MinutesLockTrigger';
