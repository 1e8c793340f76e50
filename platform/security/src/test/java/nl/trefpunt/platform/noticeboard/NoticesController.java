package nl.trefpunt.platform.noticeboard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.trefpunt.platform.web.ResourceNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
class NoticesController {

    private static final Logger log = LoggerFactory.getLogger(NoticesController.class);

    private final Notices notices;

    NoticesController(Notices notices) {
        this.notices = notices;
    }

    record PostNotice(@NotBlank @Size(max = 200) String text) {}

    record NoticeView(UUID id, String text) {
        static NoticeView of(Notice notice) {
            return new NoticeView(notice.id(), notice.text());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    NoticeView post(@Valid @RequestBody PostNotice request) {
        Notice notice = notices.save(new Notice(request.text()));
        log.info("Notice {} posted", notice.id());
        return NoticeView.of(notice);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<NoticeView> list(@RequestParam(required = false) String query) {
        List<Notice> found =
                query == null ? notices.findAll() : notices.findByTextContainingIgnoreCaseOrderByText(query);
        return found.stream().map(NoticeView::of).toList();
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    NoticeView one(@PathVariable UUID id) {
        return notices.findById(id).map(NoticeView::of).orElseThrow(() -> new ResourceNotFound("Mededeling", id));
    }
}
