package se.paragraf.ui.main;

import se.paragraf.application.archive.ArchiveInfo;
import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.application.demo.CreateDemoArchive;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/** First start: an empty archive is offered the demo content, created only if the user says yes. */
public final class DemoOffer {
    private final DescribeArchive describeArchive;
    private final CreateDemoArchive createDemoArchive;
    private final TaskExecutor executor;

    public DemoOffer(DescribeArchive describeArchive, CreateDemoArchive createDemoArchive, TaskExecutor executor) {
        this.describeArchive = describeArchive;
        this.createDemoArchive = createDemoArchive;
        this.executor = executor;
    }

    /** {@code whenCreated} runs on the FX thread after the demo archive has been written. */
    public void offerIfEmpty(Confirmation user, Runnable whenCreated) {
        BackgroundTask.wrap(Messages.get("demo.task.check"), describeArchive::describe)
                .onSuccess((ArchiveInfo info) -> {
                    if (info.isEmpty() && user.confirm(Messages.get("demo.question"))) {
                        create(whenCreated);
                    }
                })
                .executeWith(executor);
    }

    private void create(Runnable whenCreated) {
        BackgroundTask.wrap(Messages.get("demo.task.create"), createDemoArchive::create)
                .onSuccess(nothing -> whenCreated.run())
                .executeWith(executor);
    }
}
