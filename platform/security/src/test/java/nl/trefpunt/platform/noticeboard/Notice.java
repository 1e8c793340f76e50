package nl.trefpunt.platform.noticeboard;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "notice")
class Notice {

    @Id
    private UUID id;

    private String text;

    protected Notice() {}

    Notice(String text) {
        this.id = UUID.randomUUID();
        this.text = text;
    }

    UUID id() {
        return id;
    }

    String text() {
        return text;
    }
}
