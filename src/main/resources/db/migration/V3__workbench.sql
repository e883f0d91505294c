-- The secretary's workbench: attendance and officers per meeting, the agenda, what happened in
-- each § (motions, proposition order, votes, dissents, recorded statements, jäv), secrecy,
-- attachment files and each board's phrase library. Conventions as in V1.

create sequence agenda_item_seq start with 1;

create table meeting_officers (
    meeting_id        bigint       not null,
    chair_id          bigint,
    secretary         varchar(200),
    adjustment_place  varchar(200),
    adjustment_time   timestamp,
    adjusted_on       date,
    constraint meeting_officers_pk primary key (meeting_id),
    constraint meeting_officers_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint meeting_officers_chair_fk foreign key (chair_id) references member (id)
);

create table meeting_adjuster (
    meeting_id bigint  not null,
    ordinal    integer not null,
    member_id  bigint  not null,
    constraint meeting_adjuster_pk primary key (meeting_id, ordinal),
    constraint meeting_adjuster_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint meeting_adjuster_member_fk foreign key (member_id) references member (id)
);

create table attendee (
    meeting_id  bigint      not null,
    ordinal     integer     not null,
    member_id   bigint      not null,
    role        varchar(20) not null,
    kind        varchar(20) not null,
    replaces_id bigint,
    constraint attendee_pk primary key (meeting_id, ordinal),
    constraint attendee_member_uq unique (meeting_id, member_id),
    constraint attendee_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint attendee_member_fk foreign key (member_id) references member (id),
    constraint attendee_replaces_fk foreign key (replaces_id) references member (id),
    constraint attendee_kind_ck check (kind in ('SERVING', 'SERVING_SUBSTITUTE', 'PRESENT_NOT_SERVING'))
);

create table other_present (
    meeting_id bigint       not null,
    ordinal    integer      not null,
    name       varchar(200) not null,
    title      varchar(200),
    constraint other_present_pk primary key (meeting_id, ordinal),
    constraint other_present_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade
);

create table attendance_change (
    meeting_id       bigint      not null,
    ordinal          integer     not null,
    member_id        bigint      not null,
    movement         varchar(20) not null,
    paragraph_number integer     not null,
    paragraph_suffix varchar(1),
    replaces_id      bigint,
    constraint attendance_change_pk primary key (meeting_id, ordinal),
    constraint attendance_change_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint attendance_change_member_fk foreign key (member_id) references member (id),
    constraint attendance_change_movement_ck check (movement in ('ARRIVES_FROM', 'LEAVES_AFTER'))
);

create table agenda_item (
    id               bigint        not null,
    meeting_id       bigint        not null,
    ordinal          integer       not null,
    information      boolean       not null,
    series           varchar(8),
    "year"           integer,
    number           integer,
    sub_number       integer,
    title            varchar(1000) not null,
    proposal         varchar,
    paragraph_id     bigint,
    paragraph_number integer,
    paragraph_suffix varchar(1),
    constraint agenda_item_pk primary key (id),
    constraint agenda_item_meeting_fk foreign key (meeting_id) references meeting (id) on delete cascade,
    -- A § deleted with its item must not leave the item pointing at nothing.
    constraint agenda_item_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete set null
);
create index agenda_item_meeting_ix on agenda_item (meeting_id, ordinal);

alter table paragraph add column osl_reference varchar(200);

create table motion (
    paragraph_id bigint      not null,
    ordinal      integer     not null,
    member_id    bigint      not null,
    kind         varchar(20) not null,
    body         varchar,
    constraint motion_pk primary key (paragraph_id, ordinal),
    constraint motion_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade,
    constraint motion_member_fk foreign key (member_id) references member (id)
);

create table proposition (
    paragraph_id bigint  not null,
    ordinal      integer not null,
    body         varchar not null,
    adopted      boolean not null,
    constraint proposition_pk primary key (paragraph_id, ordinal),
    constraint proposition_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

create table vote (
    paragraph_id bigint  not null,
    ordinal      integer not null,
    subject      varchar not null,
    open_vote    boolean not null,
    yes_count    integer not null,
    no_count     integer not null,
    abstain_count integer not null,
    constraint vote_pk primary key (paragraph_id, ordinal),
    constraint vote_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

create table ballot (
    paragraph_id  bigint      not null,
    vote_ordinal  integer     not null,
    ordinal       integer     not null,
    member_id     bigint      not null,
    choice        varchar(10) not null,
    constraint ballot_pk primary key (paragraph_id, vote_ordinal, ordinal),
    constraint ballot_vote_fk foreign key (paragraph_id, vote_ordinal)
        references vote (paragraph_id, ordinal) on delete cascade,
    constraint ballot_member_fk foreign key (member_id) references member (id),
    constraint ballot_choice_ck check (choice in ('YES', 'NO', 'ABSTAIN'))
);

create table dissent (
    paragraph_id  bigint  not null,
    ordinal       integer not null,
    member_id     bigint  not null,
    body          varchar,
    written_later boolean not null,
    constraint dissent_pk primary key (paragraph_id, ordinal),
    constraint dissent_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade,
    constraint dissent_member_fk foreign key (member_id) references member (id)
);

create table recorded_statement (
    paragraph_id bigint  not null,
    ordinal      integer not null,
    author_id    bigint  not null,
    body         varchar not null,
    constraint recorded_statement_pk primary key (paragraph_id, ordinal),
    constraint recorded_statement_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade,
    constraint recorded_statement_author_fk foreign key (author_id) references member (id)
);

create table statement_joiner (
    paragraph_id      bigint  not null,
    statement_ordinal integer not null,
    ordinal           integer not null,
    member_id         bigint  not null,
    constraint statement_joiner_pk primary key (paragraph_id, statement_ordinal, ordinal),
    constraint statement_joiner_statement_fk foreign key (paragraph_id, statement_ordinal)
        references recorded_statement (paragraph_id, ordinal) on delete cascade,
    constraint statement_joiner_member_fk foreign key (member_id) references member (id)
);

create table disqualification (
    paragraph_id  bigint  not null,
    ordinal       integer not null,
    member_id     bigint  not null,
    reason        varchar(1000),
    substitute_id bigint,
    constraint disqualification_pk primary key (paragraph_id, ordinal),
    constraint disqualification_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade,
    constraint disqualification_member_fk foreign key (member_id) references member (id),
    constraint disqualification_substitute_fk foreign key (substitute_id) references member (id)
);

-- Files are kept in the database, found by content hash: one backup, one transaction (ADR 0007).
create table stored_file (
    content_hash varchar(64) not null,
    size_bytes   bigint      not null,
    content      bytea       not null,
    constraint stored_file_pk primary key (content_hash)
);

alter table attachment add column file_name varchar(500);
alter table attachment add column content_hash varchar(64);
alter table attachment add constraint attachment_file_fk foreign key (content_hash) references stored_file (content_hash);

create table phrase (
    board_id     bigint       not null,
    ordinal      integer      not null,
    abbreviation varchar(40)  not null,
    kind         varchar(10)  not null,
    body         varchar      not null,
    constraint phrase_pk primary key (board_id, ordinal),
    constraint phrase_abbreviation_uq unique (board_id, abbreviation),
    constraint phrase_board_fk foreign key (board_id) references board (id) on delete cascade,
    constraint phrase_kind_ck check (kind in ('FORMULA', 'CLAUSE'))
);
