package se.paragraf.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes of one element of an immutable list, for the editor's rows. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    static <T> List<T> without(List<T> list, int index) {
        List<T> fewer = new ArrayList<>(list);
        fewer.remove(index);
        return fewer;
    }

    static <T> List<T> with(List<T> list, int index, UnaryOperator<T> change) {
        List<T> changed = new ArrayList<>(list);
        changed.set(index, change.apply(list.get(index)));
        return changed;
    }
}
