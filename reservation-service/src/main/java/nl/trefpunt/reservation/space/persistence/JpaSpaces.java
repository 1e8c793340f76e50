package nl.trefpunt.reservation.space.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import nl.trefpunt.reservation.space.Space;
import nl.trefpunt.reservation.space.SpaceId;
import nl.trefpunt.reservation.space.SpaceNameTaken;
import nl.trefpunt.reservation.space.SpaceSearch;
import nl.trefpunt.reservation.space.Spaces;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/** {@link Spaces} in the current tenant's schema, through JPA. */
@Repository
class JpaSpaces implements Spaces {

    /** The unique index in db/tenant/space/001-space.xml. */
    static final String UNIQUE_NAME_PER_CENTRE = "space_name_per_centre";

    private final SpaceEntities rows;

    JpaSpaces(SpaceEntities rows) {
        this.rows = rows;
    }

    @Override
    public void add(Space space) {
        try {
            // Flushed here so that the unique index answers now, inside this call, rather than
            // at commit: the database decides, so two simultaneous requests cannot both win.
            rows.saveAndFlush(SpaceEntity.of(space));
        } catch (DataIntegrityViolationException e) {
            if (violates(e, UNIQUE_NAME_PER_CENTRE)) {
                throw new SpaceNameTaken(space.centre(), space.name(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Space> find(SpaceId id) {
        return rows.findById(id.value()).map(SpaceEntity::toSpace);
    }

    @Override
    public ResultPage<Space> search(SpaceSearch search, Paging paging) {
        List<Specification<SpaceEntity>> criteria = new ArrayList<>();
        search.centre()
                .ifPresent(centre -> criteria.add((root, query, cb) -> cb.equal(root.get("centreId"), centre.value())));
        search.minCapacity()
                .ifPresent(minimum ->
                        criteria.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("capacity"), minimum)));
        // Name first for people, id second so that pages never overlap or skip between requests.
        Sort order = Sort.by(Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"));
        Page<SpaceEntity> page = rows.findAll(
                Specification.allOf(criteria), PageRequest.of(paging.page() - 1, paging.pageSize(), order));
        return new ResultPage<>(
                page.getContent().stream().map(SpaceEntity::toSpace).toList(), paging, page.getTotalElements());
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
