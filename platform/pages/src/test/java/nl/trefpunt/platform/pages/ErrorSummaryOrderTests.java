package nl.trefpunt.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

class ErrorSummaryOrderTests {

    record Booking(String hirer, String space, Period period) {}

    record Period(String from, String until) {}

    static class Registration {
        static final int MAX = 3;
        String name;
        String email;
    }

    static class CentreRegistration extends Registration {
        String centre;
    }

    private final ErrorSummaryOrder order = new ErrorSummaryOrder();

    @Test
    void followsTheRecordsComponentsWithWholeFormErrorsFirst() {
        List<DetailedError> errors =
                List.of(field("period.until"), field("hirer"), global("overlap"), field("space"), field("unknown"));

        assertThat(order.inFormOrder(errors, new Booking(null, null, null), null))
                .extracting(e -> e.isGlobal() ? e.getCode() : e.getFieldName())
                .containsExactly("overlap", "hirer", "space", "period.until", "unknown");
    }

    @Test
    void followsTheClassHierarchysFieldsSuperclassFirst() {
        assertThat(ErrorSummaryOrder.propertiesOf(CentreRegistration.class)).containsExactly("name", "email", "centre");
    }

    @Test
    void anExplicitOrderWins() {
        List<DetailedError> errors = List.of(field("name"), field("email"));

        assertThat(order.inFormOrder(errors, new Registration(), List.of("email", "name")))
                .extracting(DetailedError::getFieldName)
                .containsExactly("email", "name");
    }

    private static DetailedError field(String name) {
        return new DetailedError(name, "NotBlank", null, name + " is fout");
    }

    private static DetailedError global(String code) {
        return new DetailedError(code, null, "dat kan niet");
    }
}
