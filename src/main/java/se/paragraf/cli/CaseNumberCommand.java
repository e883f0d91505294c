package se.paragraf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;

@Command(name = "casenumber", description = "Arbeta med diarienummer.", mixinStandardHelpOptions = true,
        subcommands = CaseNumberCommand.Normalize.class)
final class CaseNumberCommand {

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = "Tolka diarienummer i valfri form och skriv ut dem normaliserade, ett JSON-objekt per rad.")
    static final class Normalize implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Diarienummer, t.ex. 25RS1523 eller \"RS 2025/123\".")
        List<String> inputs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            int invalid = 0;
            for (String input : inputs) {
                ObjectNode node = Json.mapper().createObjectNode().put("input", input);
                try {
                    CaseNumber c = CaseNumber.parse(input);
                    node.put("series", c.series()).put("year", c.year()).put("number", c.number());
                    if (c.subNumber() == null) {
                        node.putNull("subNumber");
                    } else {
                        node.put("subNumber", c.subNumber());
                    }
                    node.put("canonical", c.canonical());
                } catch (DomainException e) {
                    node.put("error", e.getMessage());
                    invalid++;
                }
                out.println(Json.mapper().writeValueAsString(node));
            }
            if (invalid > 0) {
                spec.commandLine().getErr().printf("%d av %d diarienummer kunde inte tolkas.%n", invalid, inputs.size());
                return ParagrafCommand.INVALID_INPUT;
            }
            return 0;
        }
    }
}
