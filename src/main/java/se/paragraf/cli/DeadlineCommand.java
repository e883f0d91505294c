package se.paragraf.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.domain.adjustment.StatutoryTime;

@Command(name = "deadline", description = "Räkna ut lagstadgade tidsfrister.", mixinStandardHelpOptions = true,
        subcommands = DeadlineCommand.Appeal.class)
final class DeadlineCommand {

    @Command(name = "appeal", mixinStandardHelpOptions = true,
            description = "Skriv ut sista dag för överklagande (ÅÅÅÅ-MM-DD): tre veckor från anslagsdagen, "
                    + "flyttad till nästa vardag enligt lag (1930:173).")
    static final class Appeal implements Callable<Integer> {
        @Option(names = "--posted", required = true, paramLabel = "ÅÅÅÅ-MM-DD",
                description = "Dagen då justeringen anslogs på anslagstavlan.")
        LocalDate posted;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(StatutoryTime.lastDayOfAppeal(posted));
            return 0;
        }
    }
}
