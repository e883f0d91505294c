package se.paragraf.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.meeting.MeetingView;
import se.paragraf.ui.meeting.MeetingViewModel;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** From the meeting view of the demo archive, the secretary opens the protocol's path, justerar and anslår. */
class LifecycleWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private final FxRobot robot = new FxRobot();
    private MeetingId meeting;

    @BeforeEach
    void meetingView() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        var services = archive.services();
        meeting = services.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                .map(m -> m.meeting()).filter(m -> m.date().equals(LocalDate.of(2025, 5, 20))).findFirst()
                .orElseThrow().id();
        SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
        MeetingViewModel viewModel = new MeetingViewModel(services.showMeeting(), services.showParagraph(), executor)
                .withLifecycle(new LifecycleViewModel(services, executor, Clock.systemDefaultZone()));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        FxToolkit.setupStage(s -> {
            MeetingView view = new MeetingView(viewModel, new se.paragraf.ui.preview.MinutesPreview(
                    new se.paragraf.ui.preview.MinutesPreviewViewModel(services.renderMinutes(), executor)), () -> { });
            Scene scene = new Scene(view, 1100, 700);
            scene.getStylesheets().add(se.paragraf.ui.ParagrafApp.class.getResource("paragraf.css").toExternalForm());
            s.setScene(scene);
            s.show();
            viewModel.open(meeting);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#lifecycleButton").queryButton().isDisabled());
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        archive.close();
    }

    @Test
    void justerarAndAnslårTheMeetingFromItsView() throws Exception {
        Screenshots.write(robot.lookup("#lifecycleButton").query().getScene(), "lifecycle-meeting-view");
        robot.clickOn("#lifecycleButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lifecycle-status").tryQuery().isPresent()
                && "Status: Utkast".equals(robot.lookup("#lifecycle-status").queryAs(Label.class).getText()));
        Window panel = robot.lookup("#lifecycle-status").query().getScene().getWindow();
        LocalDate date = LocalDate.of(2025, 5, 20);
        DatePicker picker = robot.lookup("#lifecycle-date").queryAs(DatePicker.class);

        setDate(picker, date.plusDays(1));
        robot.clickOn("#lifecycle-ready");
        awaitStatus("Klart för justering");

        setDate(picker, date.plusDays(3));
        robot.clickOn("#lifecycle-signers").write("Anna Ordförande, Bertil Justerare");
        robot.clickOn("#lifecycle-adjust");
        awaitStatus("Justerat");
        assertThat(robot.lookup("#lifecycle-post").queryAs(Button.class).isDisabled()).isFalse();

        setDate(picker, date.plusDays(6));
        robot.clickOn("#lifecycle-kept-at").write("Regionens kansli, Härnösand");
        robot.clickOn("#lifecycle-post");
        awaitStatus("Anslaget");
        assertThat(robot.lookup(".lifecycle-deadline").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Sista dag för överklagande 2025-06-16");
        assertThat(robot.lookup("#lifecycle-ready").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(archive.services().adjustMinutes().lifecycle(meeting).status()).isEqualTo(MinutesStatus.POSTED);
        Screenshots.write(panel.getScene(), "lifecycle-posted");
    }

    private void setDate(DatePicker picker, LocalDate date) {
        robot.interact(() -> picker.setValue(date));
    }

    private void awaitStatus(String status) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ("Status: " + status).equals(robot.lookup("#lifecycle-status").queryAs(Label.class).getText()));
    }
}
