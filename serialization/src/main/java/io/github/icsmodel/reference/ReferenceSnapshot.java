package io.github.icsmodel.reference;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.organisation.LocalAuthorityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reference data in a compact form made at build time: what {@link ReferenceReader} reads from the shipped CSV
 * files, checked and derived there once, written as numbers and strings in the order {@link EnglandReference} keeps
 * them, so that the first call of a process does not parse, check and derive the ONS files again.
 *
 * <p>The build writes {@value #RESOURCE} beside the CSV files by running {@link #main(String[])} after compiling
 * (serialization/pom.xml); a test proves that reading it gives data equal to reading the CSV files. Without it (a
 * build that skipped that step) {@link EnglandReference#load()} reads the CSV files. Each edition's tables are a
 * section of their own, decoded on the first question about that edition.
 *
 * <p>Layout: a header ({@link #MAGIC}, {@link #VERSION}); the regions (in the CSV order), the 48 ICBs (in the
 * order of their first ONS codes) and the successions, records referring to earlier ones by position; then for each
 * {@link Geography} in declaration order a length-prefixed section of its local authorities, sub-ICB locations,
 * district shares and upper-tier shares. Dates are epoch days; an absent date is {@link Long#MIN_VALUE}.
 */
final class ReferenceSnapshot {
  /** The name of the resource, in this package. */
  static final String RESOURCE = "england-reference.bin";

  private static final int MAGIC = 0x49435352; // "ICSR"
  private static final int VERSION = 1;
  private static final long NO_DATE = Long.MIN_VALUE;

  private ReferenceSnapshot() {}

  /**
   * Writes the snapshot of the shipped CSV files to a file; the build calls this after compiling.
   *
   * @param args the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ReferenceSnapshot FILE");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, write(ReferenceReader.read()));
  }

  /**
   * Returns the reference data of the shipped snapshot, or empty if the snapshot was not built.
   *
   * @return the reference data
   * @throws IcsException if the snapshot cannot be read, which is a packaging bug
   */
  static Optional<EnglandReference> readShipped() {
    try (InputStream in = ReferenceSnapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in.readAllBytes()));
    } catch (IOException e) {
      throw new IcsException("England reference data: cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------------------ write

  static byte[] write(EnglandReference reference) {
    ReferenceIndex data = reference.index();
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      List<NhsRegion> regions = new ArrayList<>(data.regionsByOds.values());
      out.writeInt(regions.size());
      for (NhsRegion region : regions) {
        out.writeUTF(region.onsCode().toString());
        out.writeUTF(region.odsCode().toString());
        out.writeUTF(region.name());
        out.writeInt(region.editionOnsCodes().size());
        for (Map.Entry<Geography, GssCode> code : region.editionOnsCodes().entrySet()) {
          out.writeInt(code.getKey().ordinal());
          out.writeUTF(code.getValue().toString());
        }
        writeCodes(out, region.formerOnsCodes());
      }
      List<ReferenceIcb> icbs = data.icbs;
      out.writeInt(icbs.size());
      for (ReferenceIcb icb : icbs) {
        out.writeUTF(icb.odsCode().toString());
        out.writeUTF(icb.name());
        out.writeInt(regions.indexOf(icb.region()));
        writeCodes(out, icb.onsCodes());
        out.writeLong(icb.validFrom().toEpochDay());
        writeDate(out, icb.validTo());
      }
      out.writeInt(data.successions.size());
      for (Succession event : data.successions) {
        out.writeLong(event.date().toEpochDay());
        out.writeInt(icbs.indexOf(event.predecessor()));
        out.writeInt(icbs.indexOf(event.successor()));
        out.writeBoolean(event.isWhole());
        out.writeInt(event.subIcbLocations().size());
        for (OdsCode code : event.subIcbLocations()) {
          out.writeUTF(code.toString());
        }
        out.writeInt(event.upperTierAuthorities().size());
        for (GssCode code : event.upperTierAuthorities()) {
          out.writeUTF(code.toString());
        }
        out.writeBoolean(event.isDerived());
      }
      for (Geography edition : Geography.values()) {
        // Builds the edition's indexes, whose checks (unique codes, footprints, coverage) a reader of the snapshot
        // meets only when it first asks about the edition: here, at build time, they stop a snapshot that fails them.
        data.edition(edition);
        byte[] section = writeEdition(data.tables(edition), icbs);
        out.writeInt(section.length);
        out.write(section);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] writeEdition(EditionTables edition, List<ReferenceIcb> icbs) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    Map<LocalAuthorityArea, Integer> areas = new HashMap<>();
    List<LocalAuthorityArea> areaList = new ArrayList<>();
    for (DistrictShare share : edition.districtShares) {
      number(areas, areaList, share.district());
      number(areas, areaList, share.upperTier());
    }
    for (UpperTierShare share : edition.upperTierShares) {
      number(areas, areaList, share.upperTier());
      share.districts().forEach(district -> number(areas, areaList, district));
    }
    out.writeInt(areaList.size());
    for (LocalAuthorityArea area : areaList) {
      out.writeUTF(area.code().toString());
      out.writeUTF(area.name());
      out.writeInt(area.type().ordinal());
    }
    out.writeInt(edition.subIcbLocations.size());
    for (SubIcbLocation location : edition.subIcbLocations) {
      out.writeUTF(location.onsCode().toString());
      out.writeUTF(location.odsCode().toString());
      out.writeUTF(location.name());
      out.writeInt(icbs.indexOf(location.icb()));
    }
    out.writeInt(edition.districtShares.size());
    for (DistrictShare share : edition.districtShares) {
      out.writeInt(icbs.indexOf(share.icb()));
      out.writeInt(areas.get(share.district()));
      out.writeInt(areas.get(share.upperTier()));
      out.writeInt(share.lsoasInIcb());
      out.writeInt(share.lsoasInDistrict());
      out.writeBoolean(share.derived());
    }
    out.writeInt(edition.upperTierShares.size());
    for (UpperTierShare share : edition.upperTierShares) {
      out.writeInt(icbs.indexOf(share.icb()));
      out.writeInt(areas.get(share.upperTier()));
      out.writeInt(share.lsoasInIcb());
      out.writeInt(share.lsoasInUpperTier());
      out.writeInt(share.districts().size());
      for (LocalAuthorityArea district : share.districts()) {
        out.writeInt(areas.get(district));
      }
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static void number(Map<LocalAuthorityArea, Integer> numbers, List<LocalAuthorityArea> list,
      LocalAuthorityArea area) {
    if (numbers.putIfAbsent(area, list.size()) == null) {
      list.add(area);
    }
  }

  private static void writeCodes(DataOutputStream out, List<DatedGssCode> codes) throws IOException {
    out.writeInt(codes.size());
    for (DatedGssCode code : codes) {
      out.writeUTF(code.code().toString());
      writeDate(out, code.validFrom());
      writeDate(out, code.validTo());
    }
  }

  private static void writeDate(DataOutputStream out, Optional<LocalDate> date) throws IOException {
    out.writeLong(date.map(LocalDate::toEpochDay).orElse(NO_DATE));
  }

  // ------------------------------------------------------------------------------------------------------- read

  static EnglandReference read(byte[] snapshot) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IcsException("England reference data: " + RESOURCE + " is not a snapshot of version " + VERSION);
      }
      Geography[] editions = Geography.values();
      List<NhsRegion> regions = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        NhsRegion.Builder region = NhsRegion.builder()
            .onsCode(GssCode.of(in.readUTF()))
            .odsCode(OdsCode.of(in.readUTF()))
            .name(in.readUTF());
        for (int j = in.readInt(); j > 0; j--) {
          region.putEditionOnsCode(editions[in.readInt()], GssCode.of(in.readUTF()));
        }
        regions.add(region.formerOnsCodes(readCodes(in)).build());
      }
      List<ReferenceIcb> icbs = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        icbs.add(ReferenceIcb.builder()
            .odsCode(OdsCode.of(in.readUTF()))
            .name(in.readUTF())
            .region(regions.get(in.readInt()))
            .onsCodes(readCodes(in))
            .validFrom(LocalDate.ofEpochDay(in.readLong()))
            .validTo(readDate(in))
            .build());
      }
      List<Succession> successions = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        Succession.Builder event = Succession.builder()
            .date(LocalDate.ofEpochDay(in.readLong()))
            .predecessor(icbs.get(in.readInt()))
            .successor(icbs.get(in.readInt()))
            .isWhole(in.readBoolean());
        for (int j = in.readInt(); j > 0; j--) {
          event.addSubIcbLocation(OdsCode.of(in.readUTF()));
        }
        for (int j = in.readInt(); j > 0; j--) {
          event.addUpperTierAuthority(GssCode.of(in.readUTF()));
        }
        successions.add(event.isDerived(in.readBoolean()).build());
      }
      Map<Geography, Supplier<EditionTables>> tables = new EnumMap<>(Geography.class);
      for (Geography edition : editions) {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
          throw new IcsException("England reference data: " + RESOURCE + " is damaged: the " + edition
              + " section's length " + length + " does not fit the file");
        }
        byte[] section = new byte[length];
        in.readFully(section);
        tables.put(edition, () -> readEdition(edition, section, icbs));
      }
      if (in.read() != -1) {
        throw new IcsException("England reference data: " + RESOURCE + " has bytes after its last section");
      }
      return new EnglandReference(regions, icbs, tables, successions);
    } catch (InvalidValueException e) {
      throw new IcsException("England reference data: " + RESOURCE + " is damaged: " + e.getMessage(), e);
    } catch (IcsException e) {
      throw e; // already says what is damaged
    } catch (IOException | RuntimeException e) {
      // Anything a damaged file makes the decoding or the builders throw: an impossible date, a missing value.
      throw new IcsException("England reference data: " + RESOURCE + " is damaged: " + e.getMessage(), e);
    }
  }

  private static EditionTables readEdition(Geography edition, byte[] section, List<ReferenceIcb> icbs) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(section));
      LocalAuthorityType[] types = LocalAuthorityType.values();
      List<LocalAuthorityArea> areas = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        areas.add(LocalAuthorityArea.builder()
            .code(GssCode.of(in.readUTF()))
            .name(in.readUTF())
            .type(types[in.readInt()])
            .build());
      }
      List<SubIcbLocation> locations = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        locations.add(SubIcbLocation.builder()
            .edition(edition)
            .onsCode(GssCode.of(in.readUTF()))
            .odsCode(OdsCode.of(in.readUTF()))
            .name(in.readUTF())
            .icb(icbs.get(in.readInt()))
            .build());
      }
      List<DistrictShare> districts = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        districts.add(DistrictShare.builder()
            .edition(edition)
            .icb(icbs.get(in.readInt()))
            .district(areas.get(in.readInt()))
            .upperTier(areas.get(in.readInt()))
            .lsoasInIcb(in.readInt())
            .lsoasInDistrict(in.readInt())
            .derived(in.readBoolean())
            .build());
      }
      List<UpperTierShare> upperTiers = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        UpperTierShare.Builder share = UpperTierShare.builder()
            .edition(edition)
            .icb(icbs.get(in.readInt()))
            .upperTier(areas.get(in.readInt()))
            .lsoasInIcb(in.readInt())
            .lsoasInUpperTier(in.readInt());
        for (int j = in.readInt(); j > 0; j--) {
          share.addDistrict(areas.get(in.readInt()));
        }
        upperTiers.add(share.build());
      }
      if (in.read() != -1) {
        throw new IcsException("England reference data: " + RESOURCE + " has bytes after the " + edition
            + " section");
      }
      return new EditionTables(locations, districts, upperTiers);
    } catch (InvalidValueException e) {
      throw new IcsException("England reference data: " + RESOURCE + " is damaged in the " + edition + " section: "
          + e.getMessage(), e);
    } catch (IcsException e) {
      throw e; // already says what is damaged
    } catch (IOException | RuntimeException e) {
      throw new IcsException("England reference data: " + RESOURCE + " is damaged in the " + edition + " section: "
          + e.getMessage(), e);
    }
  }

  private static List<DatedGssCode> readCodes(DataInputStream in) throws IOException {
    List<DatedGssCode> codes = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      codes.add(DatedGssCode.of(GssCode.of(in.readUTF()), readDate(in), readDate(in)));
    }
    return codes;
  }

  private static Optional<LocalDate> readDate(DataInputStream in) throws IOException {
    long day = in.readLong();
    return day == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }
}
