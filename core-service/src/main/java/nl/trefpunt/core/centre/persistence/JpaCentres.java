package nl.trefpunt.core.centre.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.core.centre.CentreId;
import nl.trefpunt.core.centre.CentreSearch;
import nl.trefpunt.core.centre.Centres;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/** {@link Centres} in the current tenant's schema, through JPA. */
@Repository
class JpaCentres implements Centres {

    private static final char LIKE_ESCAPE = '\\';

    private final CentreEntities rows;

    JpaCentres(CentreEntities rows) {
        this.rows = rows;
    }

    @Override
    public void add(Centre centre) {
        rows.save(CentreEntity.of(centre));
    }

    @Override
    public Optional<Centre> find(CentreId id) {
        return rows.findById(id.value()).map(CentreEntity::toCentre);
    }

    @Override
    public ResultPage<Centre> search(CentreSearch search, Paging paging) {
        List<Specification<CentreEntity>> criteria = new ArrayList<>();
        search.nameContains()
                .ifPresent(text -> criteria.add((root, query, cb) -> cb.like(
                        cb.lower(root.get("name")),
                        "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%",
                        LIKE_ESCAPE)));
        search.type().ifPresent(type -> criteria.add((root, query, cb) -> cb.equal(root.get("typeCode"), type.code())));
        // Name first for people, id second so that pages never overlap or skip between requests.
        Sort order = Sort.by(Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"));
        Page<CentreEntity> page = rows.findAll(
                Specification.allOf(criteria), PageRequest.of(paging.page() - 1, paging.pageSize(), order));
        return new ResultPage<>(
                page.getContent().stream().map(CentreEntity::toCentre).toList(), paging, page.getTotalElements());
    }

    /** A user's % or _ is a character to find, not a wildcard. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
