package se.paragraf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet parses without an error: JavaFX only logs a broken rule and drops the rest of
 * the file, so a missing brace silently unstyles every screen after it.
 */
class StylesheetTest {
    @ParameterizedTest
    @ValueSource(strings = {"paragraf.css", "delegation/delegation.css"})
    void parsesWithoutErrors(String name) throws IOException {
        URL stylesheet = ParagrafApp.class.getResource(name);
        assertThat(stylesheet).as(name).isNotNull();
        CssParser.errorsProperty().clear();

        new CssParser().parse(stylesheet);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as("CSS errors in " + name).isEmpty();
    }
}
