package dk.pejling.safetyindex.api;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.Change;
import dk.pejling.safetyindex.ImportKind;
import dk.pejling.safetyindex.InputImport;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.safetyindex.Sensitivity;
import dk.pejling.safetyindex.WaveDetails;
import dk.pejling.safetyindex.api.SafetyIndexDtos.AreaDto;
import dk.pejling.safetyindex.api.SafetyIndexDtos.AreasRequest;
import dk.pejling.safetyindex.api.SafetyIndexDtos.ChangeDto;
import dk.pejling.safetyindex.api.SafetyIndexDtos.ComputeRequest;
import dk.pejling.safetyindex.api.SafetyIndexDtos.ListDto;
import dk.pejling.safetyindex.api.SafetyIndexDtos.MethodDto;
import dk.pejling.safetyindex.api.SafetyIndexDtos.MethodRequest;
import dk.pejling.safetyindex.api.SafetyIndexDtos.ReplayDto;
import dk.pejling.safetyindex.api.SafetyIndexDtos.ValueDto;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/safety-index")
@Tag(name = "Safety index", description = "Tryghedsindeks: method versions, inputs, values with intervals, replay, sensitivity")
class SafetyIndexController {

    private final SafetyIndexService service;
    private final InputImport imports;
    private final SafetyIndexPermissions permissions;

    SafetyIndexController(SafetyIndexService service, InputImport imports, SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
        this.imports = imports;
    }

    @GetMapping("/areas")
    @Operation(summary = "The areas in their tree (code, name, kind, parent)")
    ListDto<AreaDto> areas() {
        return ListDto.of(service.areas().all().stream().map(AreaDto::of).toList());
    }

    @PostMapping("/areas")
    @Operation(summary = "Create or update areas (editors); parents must exist or come in the same request")
    ListDto<AreaDto> saveAreas(@RequestBody AreasRequest request, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        FieldErrors errors = new FieldErrors();
        List<AreaDto> given = request == null || request.areas() == null ? List.of() : request.areas();
        if (given.isEmpty()) {
            throw new InvalidInputException("areas", "must list at least one area");
        }
        List<Area> areas = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AreaDto a = given.get(i);
            areas.add(errors.collect("areas[" + i + "].", () -> new Area(a.code(), a.name(), kind(a.kind()),
                    a.parent() == null || a.parent().isBlank() ? null : a.parent())));
        }
        errors.orThrow(areas);
        service.saveAreas(areas, viewer);
        return areas();
    }

    @GetMapping("/methods")
    @Operation(summary = "Method versions, newest first (those of a public index for the public)")
    ListDto<MethodDto> methods(Viewer viewer) {
        return ListDto.of(service.methods(viewer).stream().map(MethodDto::of).toList());
    }

    @GetMapping("/methods/{version}")
    @Operation(summary = "One method version: the document as written, its canonical form and its SHA-256")
    MethodDto method(@PathVariable String version, Viewer viewer) {
        return MethodDto.of(service.method(version, viewer));
    }

    @PostMapping("/methods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a method version from a YAML or JSON document (editors). A version that a value uses "
            + "cannot change: 409. Weights must be above 0 and sum to 1: 400 with field errors.")
    MethodDto createMethod(@RequestBody MethodRequest request, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        return MethodDto.of(service.saveMethod(request == null ? null : request.document(),
                request != null && Boolean.TRUE.equals(request.publicIndex()), viewer));
    }

    @PostMapping("/computations")
    @Operation(summary = "Compute and publish the values of a period by a method version (editors)")
    ListDto<ValueDto> compute(@RequestBody ComputeRequest request, Viewer viewer) {
        permissions.requireMaintainIndex(viewer);
        Period period = Period.of(request == null ? null : request.period());
        if (request.method() == null || request.method().isBlank()) {
            throw new InvalidInputException("method", "must name a method version");
        }
        return ListDto.of(service.compute(request.method(), period, viewer).stream().map(ValueDto::of).toList());
    }

    @GetMapping("/values")
    @Operation(summary = "Computed values with intervals, ranks and the hashes of method and inputs; filter by area, period, method")
    ListDto<ValueDto> values(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
                             @RequestParam(required = false) String method, Viewer viewer) {
        Period p = period == null || period.isBlank() ? null : Period.of(period);
        return ListDto.of(service.values(blank(area), p, blank(method), viewer).stream().map(ValueDto::of).toList());
    }

    @GetMapping("/values/{id}")
    ValueDto value(@PathVariable UUID id, Viewer viewer) {
        return ValueDto.of(service.value(id, viewer));
    }

    @PostMapping("/values/{id}/replay")
    @Operation(summary = "Recompute a value from the stored inputs and its method document; identical is true when "
            + "every number and hash is the same")
    ReplayDto replay(@PathVariable UUID id, Viewer viewer) {
        SafetyIndexService.Replay r = service.replay(id, viewer);
        return new ReplayDto(r.identical(), id, ValueDto.of(r.stored()), ValueDto.of(r.recomputed()));
    }

    @GetMapping("/changes")
    @Operation(summary = "The change of an area's index (or, with component=ind:<key>, one of its indicators) between "
            + "two periods with the interval of the paired difference")
    ChangeDto change(@RequestParam String area, @RequestParam String method, @RequestParam String from,
                     @RequestParam String to, @RequestParam(defaultValue = "index") String component, Viewer viewer) {
        Change c = service.change(area, method, Period.of(from), Period.of(to), component, viewer)
                .orElseThrow(() -> new InvalidInputException("area", "has no shown value in one of the periods"));
        return new ChangeDto(c.area(), c.from().toString(), c.to().toString(), c.difference(), c.interval().low(),
                c.interval().high(), c.significant(), c.significant() ? "sikker ændring" : "ingen sikker ændring");
    }

    @GetMapping("/sensitivity")
    @Operation(summary = "Sensitivity analysis on demand: weights ±25 %, the other aggregation, other normalisations; "
            + "each area's rank per scenario and the assumption that moves it most")
    Sensitivity.Result sensitivity(@RequestParam String method, @RequestParam String period,
                                   @RequestParam(defaultValue = "BOLIGOMRAADE") String kind, Viewer viewer) {
        return service.sensitivity(method, Period.of(period), kind(kind), viewer);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import survey answers (one wave), crime counts (STRAF11 shape) or population (FOLK1A shape) "
            + "from CSV or XLSX (editors). dryRun=true reports the row errors and writes nothing; otherwise all rows "
            + "are saved, or none and 400 with the row errors.")
    Object importFile(@RequestParam(name = "kind", required = false) String kind,
                      @RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean dryRun,
                      @RequestParam(required = false) String name, @RequestParam(required = false) String provider,
                      @RequestParam(required = false) String period,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fieldworkFrom,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fieldworkTo,
                      @RequestParam(required = false) Integer invited, @RequestParam(required = false) Integer answered,
                      @RequestParam(required = false) String methodNote, @RequestParam(defaultValue = "false") boolean synthetic,
                      @RequestParam(required = false) String source, Viewer viewer) throws IOException {
        permissions.requireMaintainIndex(viewer);
        ImportKind k = ImportKind.of(kind);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "Choose a CSV or XLSX file to import.");
        }
        if (file.getSize() > imports.maxBytes()) {
            throw new InvalidInputException("file", "The file is " + (file.getSize() >> 20) + " MB; at most "
                    + (imports.maxBytes() >> 20) + " MB can be imported at a time.");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) imports.maxBytes() + 1);
        }
        WaveDetails wave = new WaveDetails(name, provider, period, fieldworkFrom, fieldworkTo, invited, answered, methodNote,
                synthetic, source);
        return imports.run(k, file.getOriginalFilename(), bytes, wave, dryRun, viewer);
    }

    private static Area.Kind kind(String text) {
        try {
            return Area.Kind.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be one of " + java.util.Arrays.toString(Area.Kind.values()));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
