package nl.trefpunt.platform.noticeboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** A minimal tenant-scoped service, to test the platform libraries as a real service uses them. */
@SpringBootApplication
@EnableAsync
public class NoticeBoardApplication {}
