-- Operational plans (verksamhetsplaner) with their goal tree and indicators, the assignments
-- (uppdrag) a board gives in its decisions with their extensions and report-backs, and the
-- links from decisions to goals. Conventions as in V1.
--
-- Goal areas, goals and sub-goals share one table and one id series, so that a decision can
-- link to any level and a goal keeps its id (and its links) when the plan is saved again.

create sequence plan_seq start with 1;
create sequence plan_goal_seq start with 1;
create sequence plan_indicator_seq start with 1;
create sequence assignment_seq start with 1;

create table operational_plan (
    id                bigint       not null,
    board_id          bigint       not null,
    title             varchar(500) not null,
    first_year        integer      not null,
    last_year         integer      not null,
    follow_up_months  varchar(40)  not null,
    constraint operational_plan_pk primary key (id),
    constraint operational_plan_board_fk foreign key (board_id) references board (id),
    constraint operational_plan_period_uq unique (board_id, first_year, last_year),
    constraint operational_plan_period_ck check (last_year >= first_year)
);

create table plan_goal (
    id          bigint        not null,
    plan_id     bigint        not null,
    parent_id   bigint,
    level       varchar(10)   not null,
    ordinal     integer       not null,
    code        varchar(20),
    title       varchar(1000) not null,
    description varchar,
    constraint plan_goal_pk primary key (id),
    constraint plan_goal_plan_fk foreign key (plan_id) references operational_plan (id) on delete cascade,
    constraint plan_goal_parent_fk foreign key (parent_id) references plan_goal (id) on delete cascade,
    constraint plan_goal_level_ck check (level in ('AREA', 'GOAL', 'SUB_GOAL'))
);

create table plan_indicator (
    id       bigint        not null,
    goal_id  bigint        not null,
    ordinal  integer       not null,
    name     varchar(1000) not null,
    kind     varchar(20)   not null,
    unit     varchar(40),
    constraint plan_indicator_pk primary key (id),
    constraint plan_indicator_goal_fk foreign key (goal_id) references plan_goal (id) on delete cascade,
    constraint plan_indicator_kind_ck check (kind in ('QUANTITATIVE', 'QUALITATIVE'))
);

create table plan_indicator_value (
    indicator_id bigint       not null,
    ordinal      integer      not null,
    "year"       integer      not null,
    value_kind   varchar(10)  not null,
    value_text   varchar(200) not null,
    constraint plan_indicator_value_pk primary key (indicator_id, ordinal),
    constraint plan_indicator_value_indicator_fk foreign key (indicator_id) references plan_indicator (id) on delete cascade,
    constraint plan_indicator_value_kind_ck check (value_kind in ('OUTCOME', 'TARGET'))
);

create table plan_assignment (
    plan_id     bigint        not null,
    ordinal     integer       not null,
    given_by    varchar(200)  not null,
    task        varchar       not null,
    directed_to varchar       not null,
    due_date    date,
    due_text    varchar(200),
    constraint plan_assignment_pk primary key (plan_id, ordinal),
    constraint plan_assignment_plan_fk foreign key (plan_id) references operational_plan (id) on delete cascade
);

create table assignment (
    id           bigint        not null,
    board_id     bigint        not null,
    paragraph_id bigint        not null,
    block_index  integer       not null,
    clause_index integer       not null,
    given_on     date          not null,
    assignee     varchar(300)  not null,
    task         varchar       not null,
    due_date     date,
    due_text     varchar(200),
    constraint assignment_pk primary key (id),
    constraint assignment_board_fk foreign key (board_id) references board (id),
    constraint assignment_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

create table assignment_extension (
    assignment_id bigint       not null,
    ordinal       integer      not null,
    paragraph_id  bigint       not null,
    decided_on    date         not null,
    due_date      date,
    due_text      varchar(200),
    constraint assignment_extension_pk primary key (assignment_id, ordinal),
    constraint assignment_extension_assignment_fk foreign key (assignment_id) references assignment (id) on delete cascade,
    constraint assignment_extension_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

create table assignment_report (
    assignment_id bigint  not null,
    ordinal       integer not null,
    paragraph_id  bigint  not null,
    reported_on   date    not null,
    concludes     boolean not null,
    constraint assignment_report_pk primary key (assignment_id, ordinal),
    constraint assignment_report_assignment_fk foreign key (assignment_id) references assignment (id) on delete cascade,
    constraint assignment_report_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

-- A decision (block_index = clause_index = -1: the whole decision) or one of its clauses serves a goal.
create table goal_link (
    goal_id      bigint  not null,
    paragraph_id bigint  not null,
    block_index  integer not null,
    clause_index integer not null,
    constraint goal_link_pk primary key (goal_id, paragraph_id, block_index, clause_index),
    constraint goal_link_goal_fk foreign key (goal_id) references plan_goal (id) on delete cascade,
    constraint goal_link_paragraph_fk foreign key (paragraph_id) references paragraph (id) on delete cascade
);

create index goal_link_paragraph_ix on goal_link (paragraph_id);
create index assignment_paragraph_ix on assignment (paragraph_id);
create index assignment_due_ix on assignment (due_date);
