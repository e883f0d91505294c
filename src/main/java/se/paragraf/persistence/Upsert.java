package se.paragraf.persistence;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * Insert-or-update of an aggregate's root row. Rows are updated in place, never deleted and
 * re-inserted, so that rows of later tables which reference them (and cascade) survive a save.
 */
final class Upsert {
    private Upsert() {
    }

    static <R extends UpdatableRecord<R>> void byId(DSLContext dsl, R row, TableField<R, Long> id) {
        // Every column is written, including those set back to null.
        row.changed(true);
        int updated = dsl.update(row.getTable()).set(row).where(id.eq(row.get(id))).execute();
        if (updated == 0) {
            dsl.insertInto(row.getTable()).set(row).execute();
        }
    }
}
