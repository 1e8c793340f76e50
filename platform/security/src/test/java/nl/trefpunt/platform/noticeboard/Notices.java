package nl.trefpunt.platform.noticeboard;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Notices extends JpaRepository<Notice, UUID> {

    List<Notice> findByTextContainingIgnoreCaseOrderByText(String text);
}
