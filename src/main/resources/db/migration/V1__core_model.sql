-- Core model: boards, members, meetings, matters and paragraphs with everything a § holds.
--
-- Runs unchanged on H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH) and on
-- PostgreSQL 15. Conventions for later migrations:
--   * lower-case identifiers; "year" is quoted because it is a keyword in H2;
--   * child rows of an aggregate cascade on delete; references between aggregates do not, so
--     removing a board or a meeting that still has history fails instead of erasing minutes;
--   * repositories update aggregate rows in place (never delete and re-insert them), so tables
--     added later (attendance, votes, …) may reference paragraph(id) and meeting(id) safely;
--   * ordered children carry an "ordinal" starting at 0;
--   * case numbers are stored normalised (series, "year", number, sub_number) plus
--     canonical_case = CaseNumber.caseOnly().canonical(), the lookup key for "the same case".

create sequence board_seq start with 1;
create sequence member_seq start with 1;
create sequence meeting_seq start with 1;
create sequence paragraph_seq start with 1;
create sequence matter_seq start with 1;

create table board (
    id             bigint       not null,
    name           varchar(200) not null,
    kind           varchar(20)  not null,
    parent_id      bigint,
    adjuster_count integer      not null,
    constraint board_pk primary key (id),
    constraint board_name_uq unique (name),
    constraint board_parent_fk foreign key (parent_id) references board (id),
    constraint board_kind_ck check (kind in ('COUNCIL', 'EXECUTIVE_BOARD', 'BOARD', 'COMMITTEE')),
    constraint board_parent_ck check ((kind = 'COMMITTEE' and parent_id is not null)
                                   or (kind <> 'COMMITTEE' and parent_id is null)),
    constraint board_not_own_parent_ck check (parent_id is null or parent_id <> id),
    constraint board_adjuster_count_ck check (adjuster_count between 1 and 5)
);

create table member (
    id    bigint       not null,
    name  varchar(200) not null,
    party varchar(100),
    constraint member_pk primary key (id)
);

create table membership (
    member_id        bigint      not null,
    board_id         bigint      not null,
    role             varchar(20) not null,
    term_from        date        not null,
    term_to          date        not null,
    substitute_order integer,
    constraint membership_pk primary key (member_id, board_id, term_from),
    constraint membership_member_fk foreign key (member_id) references member (id) on delete cascade,
    constraint membership_board_fk foreign key (board_id) references board (id) on delete cascade,
    constraint membership_role_ck check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SUBSTITUTE')),
    constraint membership_term_ck check (term_to >= term_from),
    constraint membership_substitute_ck check ((role = 'SUBSTITUTE' and substitute_order >= 1)
                                            or (role <> 'SUBSTITUTE' and substitute_order is null))
);
create index membership_board_ix on membership (board_id);

create table meeting (
    id                     bigint  not null,
    board_id               bigint  not null,
    meeting_date           date    not null,
    -- Always the year of meeting_date; kept as a column so paragraph can reference it.
    series_year            integer not null,
    start_time             time,
    end_time               time,
    place                  varchar(200),
    minutes_series         varchar(8),
    minutes_year           integer,
    minutes_number         integer,
    minutes_sub_number     integer,
    minutes_canonical_case varchar(40),
    constraint meeting_pk primary key (id),
    constraint meeting_series_uq unique (id, board_id, series_year),
    constraint meeting_board_fk foreign key (board_id) references board (id),
    constraint meeting_series_year_ck check (series_year = extract(year from meeting_date)),
    constraint meeting_times_ck check ((start_time is null and end_time is null)
                                    or (start_time is not null and (end_time is null or end_time > start_time))),
    constraint meeting_minutes_case_ck check ((minutes_series is null and minutes_year is null
                                               and minutes_number is null and minutes_sub_number is null
                                               and minutes_canonical_case is null)
                                           or (minutes_series is not null and minutes_year is not null
                                               and minutes_number is not null
                                               and minutes_canonical_case is not null))
);
create index meeting_board_date_ix on meeting (board_id, meeting_date);
create index meeting_minutes_case_ix on meeting (minutes_canonical_case);

create table matter (
    id             bigint       default nextval('matter_seq') not null,
    series         varchar(8)   not null,
    "year"         integer      not null,
    number         integer      not null,
    sub_number     integer,
    canonical_case varchar(40)  not null,
    title          varchar(500) not null,
    constraint matter_pk primary key (id),
    constraint matter_case_uq unique (canonical_case),
    constraint matter_number_ck check (number >= 1 and (sub_number is null or sub_number >= 1))
);

create table paragraph (
    id                   bigint       not null,
    meeting_id           bigint       not null,
    -- board_id and series_year repeat the meeting's so that paragraph_number_uq can hold the
    -- rule "one series of § numbers per board and calendar year"; the composite foreign key
    -- keeps them equal to the meeting's, also when a meeting is moved to another year.
    board_id             bigint       not null,
    series_year          integer      not null,
    number               integer      not null,
    -- '' for no suffix, never null: UNIQUE treats nulls as distinct, which would let § 98 repeat.
    suffix               varchar(1)   default '' not null,
    title                varchar(1000) not null,
    responsible_official varchar(200),
    case_officer         varchar(200),
    immediate_adjustment boolean      default false not null,
    constraint paragraph_pk primary key (id),
    constraint paragraph_meeting_fk foreign key (meeting_id, board_id, series_year)
        references meeting (id, board_id, series_year) on update cascade,
    constraint paragraph_number_uq unique (board_id, series_year, number, suffix),
    constraint paragraph_number_ck check (number >= 1),
    constraint paragraph_suffix_ck check (suffix in ('', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j',
        'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'å', 'ä', 'ö'))
);
create index paragraph_meeting_ix on paragraph (meeting_id);

create table paragraph_case_number (
    paragraph_id   bigint      not null,
    ordinal        integer     not null,
    series         varchar(8)  not null,
    "year"         integer     not null,
    number         integer     not null,
    sub_number     integer,
    canonical_case varchar(40) not null,
    constraint paragraph_case_number_pk primary key (paragraph_id, ordinal),
    constraint paragraph_case_number_paragraph_fk foreign key (paragraph_id)
        references paragraph (id) on delete cascade,
    constraint paragraph_case_number_ck check (number >= 1 and (sub_number is null or sub_number >= 1))
);
create index paragraph_case_number_case_ix on paragraph_case_number (canonical_case);

create table motivation_section (
    paragraph_id bigint        not null,
    ordinal      integer       not null,
    heading      varchar(500)  not null,
    body         varchar       not null,
    constraint motivation_section_pk primary key (paragraph_id, ordinal),
    constraint motivation_section_paragraph_fk foreign key (paragraph_id)
        references paragraph (id) on delete cascade
);

create table decision_block (
    paragraph_id bigint  not null,
    ordinal      integer not null,
    formula      varchar not null,
    constraint decision_block_pk primary key (paragraph_id, ordinal),
    constraint decision_block_paragraph_fk foreign key (paragraph_id)
        references paragraph (id) on delete cascade
);

create table clause (
    paragraph_id  bigint  not null,
    block_ordinal integer not null,
    ordinal       integer not null,
    body          varchar not null,
    constraint clause_pk primary key (paragraph_id, block_ordinal, ordinal),
    constraint clause_block_fk foreign key (paragraph_id, block_ordinal)
        references decision_block (paragraph_id, ordinal) on delete cascade
);

create table attachment (
    paragraph_id bigint        not null,
    ordinal      integer       not null,
    label        varchar(20),
    title        varchar(1000) not null,
    constraint attachment_pk primary key (paragraph_id, ordinal),
    constraint attachment_paragraph_fk foreign key (paragraph_id)
        references paragraph (id) on delete cascade
);

create table preparation (
    paragraph_id     bigint       not null,
    ordinal          integer      not null,
    board_name       varchar(200) not null,
    prepared_on      date         not null,
    paragraph_number integer,
    paragraph_suffix varchar(1),
    note             varchar(1000),
    constraint preparation_pk primary key (paragraph_id, ordinal),
    constraint preparation_paragraph_fk foreign key (paragraph_id)
        references paragraph (id) on delete cascade,
    constraint preparation_number_ck check ((paragraph_number is null and paragraph_suffix is null)
                                         or paragraph_number >= 1)
);

create table recipient (
    paragraph_id bigint       not null,
    ordinal      integer      not null,
    name         varchar(500) not null,
    constraint recipient_pk primary key (paragraph_id, ordinal),
    constraint recipient_paragraph_fk foreign key (paragraph_id)
        references paragraph (id) on delete cascade
);
