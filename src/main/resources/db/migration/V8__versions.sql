-- Optimistic versions (ADR 0019): a meeting and a § count their saves, so that a save made on an
-- older version than the archive has is refused instead of silently overwriting someone else's
-- change. The row trigger (V4) leaves a change of the version alone out of what it counts as a
-- change of a justerat protocol; repositories never bump it on a save that changes nothing.
alter table meeting add column version bigint default 0 not null;
alter table paragraph add column version bigint default 0 not null;
