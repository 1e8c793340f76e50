package nl.trefpunt.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTests {

    @ParameterizedTest
    @ValueSource(strings = {"arnhem", "oss", "bergen-nh", "s-hertogenbosch", "sudwest-fryslan", "a1"})
    void acceptsMunicipalitySlugs(String slug) {
        assertThat(TenantId.of(slug).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "Arnhem",
                "den haag",
                "den_haag",
                "-oss",
                "oss-",
                "a--b",
                "1arnhem",
                "arnhem;drop",
                "../etc",
                "tenant\"x",
                "abcdefghijklmnopqrstuvwxyzabcdefghijklmno"
            })
    void rejectsAnythingThatCouldEscapeItsSchema(String slug) {
        assertThatThrownBy(() -> TenantId.of(slug)).isInstanceOf(TenantId.InvalidTenantId.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bergen-nh", "arnhem"})
    void schemaIsAValidUnquotedPostgresIdentifier(String slug) {
        assertThat(TenantId.of(slug).schema()).matches("tenant_[a-z0-9_]+").hasSizeLessThanOrEqualTo(63);
    }
}
