package nl.trefpunt.reservation.space.persistence;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SpaceEntities extends JpaRepository<SpaceEntity, UUID>, JpaSpecificationExecutor<SpaceEntity> {}
