package se.paragraf.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows a choice (a board, a role) by its Swedish name in combo boxes; choices are picked, never typed. */
public final class DisplayConverter {
    private DisplayConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }
}
