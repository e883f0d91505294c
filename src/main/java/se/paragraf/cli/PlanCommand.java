package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.shared.DomainException;

@Command(name = "plan", description = "Verksamhetsplaner: lista planerna och skriv uppföljningsrapporter.",
        mixinStandardHelpOptions = true, subcommands = {PlanCommand.ListPlans.class, PlanCommand.Report.class})
final class PlanCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lista arkivets verksamhetsplaner med id och period.")
    static final class ListPlans extends ArchiveCommand {
        @Override
        int run(OpenArchive archive, PrintWriter out) {
            List<OperationalPlan> plans = archive.services().managePlans().list();
            if (plans.isEmpty()) {
                out.println("Arkivet har ingen verksamhetsplan ännu.");
            }
            plans.forEach(p -> out.printf("%4d  %-11s  %s%n", p.id().value(), p.period(), p.title()));
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Skriv uppföljningsrapporten (PDF/A) för en plan: per målområde och mål besluten under perioden, "
                    + "uppdragen och deras status, indikatorernas värden mot målnivåerna och målen som inget beslut rört.")
    static final class Report extends ArchiveCommand {
        @Option(names = "--plan", required = true, paramLabel = "PLAN",
                description = "Planens id eller rubrik (se plan list); en unik del av rubriken räcker.")
        String plan;

        @Option(names = "--from", required = true, paramLabel = "ÅÅÅÅ-MM-DD", description = "Periodens första dag, t.ex. 2025-01-01.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "ÅÅÅÅ-MM-DD", description = "Periodens sista dag, t.ex. 2025-08-31.")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FIL", description = "PDF-filen som skrivs.")
        Path file;

        @Override
        int run(OpenArchive archive, PrintWriter out) {
            LocalDate first = CliDates.parse(from, "--from");
            LocalDate last = CliDates.parse(to, "--to");
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new DomainException("Katalogen " + parent + " finns inte. Skapa den först eller välj en annan fil.");
            }
            OperationalPlan chosen = find(archive.services().managePlans().list(), plan);
            archive.services().reportFollowUp().export(chosen.id(), first, last, file);
            out.println("Uppföljningen av " + chosen.title() + " för " + first + " – " + last + " sparades i " + file + ".");
            return 0;
        }
    }

    /** The plan by id, by whole title, or by the one title that contains the text. */
    static OperationalPlan find(List<OperationalPlan> plans, String idOrName) {
        String wanted = idOrName.strip();
        List<OperationalPlan> byId = plans.stream().filter(p -> Long.toString(p.id().value()).equals(wanted)).toList();
        if (byId.size() == 1) {
            return byId.get(0);
        }
        List<OperationalPlan> byTitle = plans.stream().filter(p -> p.title().equalsIgnoreCase(wanted)).toList();
        if (byTitle.size() == 1) {
            return byTitle.get(0);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<OperationalPlan> containing = plans.stream().filter(p -> p.title().toLowerCase(Locale.ROOT).contains(lower)).toList();
        if (containing.size() == 1) {
            return containing.get(0);
        }
        if (containing.isEmpty()) {
            throw new DomainException("Ingen plan har id eller rubrik \"" + wanted + "\". Se plan list för arkivets planer.");
        }
        throw new DomainException("Flera planer passar \"" + wanted + "\": "
                + String.join(", ", containing.stream().map(p -> p.id().value() + " " + p.title()).toList())
                + ". Ange planens id i stället.");
    }
}
