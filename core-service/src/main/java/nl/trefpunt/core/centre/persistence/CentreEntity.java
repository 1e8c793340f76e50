package nl.trefpunt.core.centre.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.trefpunt.core.centre.Address;
import nl.trefpunt.core.centre.Centre;
import nl.trefpunt.core.centre.CentreDetails;
import nl.trefpunt.core.centre.CentreId;
import nl.trefpunt.core.centre.CentreType;
import nl.trefpunt.core.centre.DistrictCode;
import nl.trefpunt.core.centre.NeighbourhoodCode;
import nl.trefpunt.core.centre.Postcode;

/** A row of the tenant schema's {@code centre} table; never leaves this package. */
@Entity
@Table(name = "centre")
class CentreEntity {

    @Id
    private UUID id;

    private String name;

    @Column(name = "type_code")
    private String typeCode;

    private String street;

    @Column(name = "house_number")
    private String houseNumber;

    private String postcode;
    private String city;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "neighbourhood_code")
    private String neighbourhoodCode;

    @Column(name = "rents_out_rooms")
    private boolean rentsOutRooms;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Null until stored, which is how Spring Data tells a new centre from a known one. */
    @Version
    private Long version;

    protected CentreEntity() {}

    static CentreEntity of(Centre centre) {
        CentreEntity row = new CentreEntity();
        row.id = centre.id().value();
        row.name = centre.name();
        row.typeCode = centre.type().code();
        centre.address().ifPresent(address -> {
            row.street = address.street();
            row.houseNumber = address.houseNumber();
            row.postcode = address.postcode().value();
            row.city = address.city();
        });
        row.districtCode = centre.district().map(DistrictCode::value).orElse(null);
        row.neighbourhoodCode =
                centre.neighbourhood().map(NeighbourhoodCode::value).orElse(null);
        row.rentsOutRooms = centre.rentsOutRooms();
        row.createdAt = centre.createdAt();
        return row;
    }

    Centre toCentre() {
        Optional<Address> address = street == null
                ? Optional.empty()
                : Optional.of(new Address(street, houseNumber, new Postcode(postcode), city));
        return Centre.restore(
                new CentreId(id),
                new CentreDetails(
                        name,
                        new CentreType(typeCode),
                        address,
                        Optional.ofNullable(districtCode).map(DistrictCode::new),
                        Optional.ofNullable(neighbourhoodCode).map(NeighbourhoodCode::new),
                        rentsOutRooms),
                createdAt);
    }
}
