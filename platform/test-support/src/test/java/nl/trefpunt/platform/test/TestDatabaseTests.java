package nl.trefpunt.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabaseTests {

    @Test
    void swapsTheDatabaseButKeepsHostAndParameters() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres?user=x&ssl=false", "t_1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/t_1?user=x&ssl=false");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432/test", "t_2"))
                .isEqualTo("jdbc:postgresql://db:5432/t_2");
    }
}
