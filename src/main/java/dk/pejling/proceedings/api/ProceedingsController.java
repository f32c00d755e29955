package dk.pejling.proceedings.api;

import dk.pejling.proceedings.ItemLink;
import dk.pejling.proceedings.LinkKind;
import dk.pejling.proceedings.Meeting;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.ParsedItem;
import dk.pejling.proceedings.CaseHistory;
import dk.pejling.proceedings.Committees;
import dk.pejling.proceedings.Meetings;
import dk.pejling.proceedings.ProceedingsPermissions;
import dk.pejling.proceedings.Recorded;
import dk.pejling.proceedings.Secretariat;
import dk.pejling.proceedings.api.ProceedingsDtos.AgendaItemDto;
import dk.pejling.proceedings.api.ProceedingsDtos.CaseDto;
import dk.pejling.proceedings.api.ProceedingsDtos.CommitteeDto;
import dk.pejling.proceedings.api.ProceedingsDtos.ConfirmedDto;
import dk.pejling.proceedings.api.ProceedingsDtos.MeetingDto;
import dk.pejling.proceedings.api.ProceedingsDtos.PreviewDto;
import dk.pejling.proceedings.api.ProceedingsDtos.TreatmentDto;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/proceedings")
@Tag(name = "Proceedings", description = "Committees, meetings, agenda items and cases, and the minutes importer")
class ProceedingsController {

    private final Committees committees;
    private final Meetings meetings;
    private final CaseHistory caseHistory;
    private final Secretariat secretariat;
    private final MinutesImportService imports;
    private final ProceedingsPermissions permissions;

    ProceedingsController(Committees committees, Meetings meetings, CaseHistory caseHistory, Secretariat secretariat,
                          MinutesImportService imports, ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.committees = committees;
        this.meetings = meetings;
        this.caseHistory = caseHistory;
        this.secretariat = secretariat;
        this.imports = imports;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Read a minutes document (PDF, DOCX or text) and answer what was read, without saving any proceeding")
    PreviewDto preview(@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "choose a file to upload");
        }
        return dto(imports.preview(bytes(file), file.getOriginalFilename(), viewer));
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "The preview of a read minutes document: what was read, by which layout, and how certain each "
            + "meeting field and each item is (CERTAIN, LIKELY, CHECK, MISSING, with a reason)")
    PreviewDto draft(@PathVariable UUID id, Viewer viewer) {
        return dto(imports.get(id, viewer));
    }

    private PreviewDto dto(MinutesImportService.Draft d) {
        return PreviewDto.of(d, imports.confidence(d), imports.likelyBody(d).orElse(null));
    }

    record MeetingRequest(Long version, java.time.LocalDate date, String committee, UUID body) {
    }

    @PutMapping("/imports/{id}/meeting")
    @Operation(summary = "Set or correct the previewed meeting's date, committee and body (an organisation id); "
            + "a null date or body leaves what was read")
    PreviewDto setMeeting(@PathVariable UUID id, @RequestBody(required = false) MeetingRequest request, Viewer viewer) {
        imports.get(id, viewer); // who may not see the draft learns nothing from the body's validation
        MeetingRequest r = required(request);
        return dto(imports.setMeeting(id, r.version(), r.date(), r.committee(), r.body(), viewer));
    }

    record ItemEditRequest(Long version, String number, String title, String caseNumber, String decision, Boolean closed) {
    }

    @PutMapping("/imports/{id}/item")
    @Operation(summary = "Correct a previewed item's title, case number and decision, and mark it open or closed")
    PreviewDto setItem(@PathVariable UUID id, @RequestBody(required = false) ItemEditRequest request, Viewer viewer) {
        imports.get(id, viewer);
        ItemEditRequest r = required(request);
        if (r.closed() == null) {
            throw new InvalidInputException("closed", "must be given");
        }
        return dto(imports.setItem(id, r.version(), r.number(), r.title(), r.caseNumber(), r.decision(), r.closed(), viewer));
    }

    record MergeRequest(Long version, String number) {
    }

    @PostMapping("/imports/{id}/merge")
    @Operation(summary = "Join a previewed item with the item after it")
    PreviewDto merge(@PathVariable UUID id, @RequestBody(required = false) MergeRequest request, Viewer viewer) {
        imports.get(id, viewer);
        MergeRequest r = required(request);
        return dto(imports.merge(id, r.version(), r.number(), viewer));
    }

    record SplitRequest(Long version, String number, String newNumber, String newTitle) {
    }

    @PostMapping("/imports/{id}/split")
    @Operation(summary = "Split a previewed item where newTitle stands in its text; the rest becomes item newNumber")
    PreviewDto split(@PathVariable UUID id, @RequestBody(required = false) SplitRequest request, Viewer viewer) {
        imports.get(id, viewer);
        SplitRequest r = required(request);
        return dto(imports.split(id, r.version(), r.number(), r.newNumber(), r.newTitle(), viewer));
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw new InvalidInputException("version", "must be given");
        }
        return request;
    }

    record LinkRequest(String item, String kind, UUID targetId) {
    }

    /** committee, date and body override the preview's; version, when given, must be the draft's. */
    record ConfirmRequest(String committee, UUID body, List<LinkRequest> links, java.time.LocalDate date, Long version) {
    }

    @PostMapping("/imports/{id}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a read minutes document as a meeting with its agenda items; committee overrides the one read; "
            + "links name, per item number, the strategies, goals or initiatives it concerns")
    ConfirmedDto confirm(@PathVariable UUID id, @RequestBody(required = false) ConfirmRequest request, Viewer viewer) {
        ConfirmRequest r = request == null ? new ConfirmRequest(null, null, List.of(), null, null) : request;
        Map<String, Set<ItemLink>> links = new HashMap<>();
        List<LinkRequest> given = r.links() == null ? List.of() : r.links();
        for (int i = 0; i < given.size(); i++) {
            LinkRequest l = given.get(i);
            if (l.item() == null || l.targetId() == null) {
                throw new InvalidInputException("links[" + i + "]", "give item, kind and targetId");
            }
            links.computeIfAbsent(l.item(), k -> new LinkedHashSet<>()).add(new ItemLink(kind(l.kind(), "links[" + i + "]"), l.targetId()));
        }
        Recorded recorded = imports.confirm(id, r.version(), r.committee(), r.date(), r.body(), links, viewer);
        List<String> numbers = imports.get(id, viewer).minutes().items().stream().map(ParsedItem::number).toList();
        return ConfirmedDto.of(recorded, numbers);
    }

    @GetMapping("/committees")
    List<CommitteeDto> committees() {
        return committees.committees().stream().map(CommitteeDto::of).toList();
    }

    @GetMapping("/meetings/{id}")
    MeetingDto meeting(@PathVariable UUID id, Viewer viewer) {
        Meeting m = meetings.meeting(id);
        return MeetingDto.of(m, committees.committee(m.committeeId()), meetings.agenda(id, viewer));
    }

    @DeleteMapping("/meetings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteMeeting(@PathVariable UUID id, Viewer viewer) {
        meetings.deleteMeeting(id, viewer);
    }

    @GetMapping("/agenda-items")
    @Operation(summary = "Search agenda items by title, and by content where the viewer may see it")
    ListPage<AgendaItemDto> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size, Viewer viewer) {
        return meetings.search(new PageQuery(q, page, size), viewer).map(AgendaItemDto::of);
    }

    @GetMapping("/agenda-items/{id}")
    AgendaItemDto item(@PathVariable UUID id, Viewer viewer) {
        return AgendaItemDto.of(meetings.item(id, viewer));
    }

    record ItemRequest(Long version, String decision, Boolean closed, String reason, List<ProceedingsDtos.LinkDto> links) {
    }

    @PutMapping("/agenda-items/{id}")
    @Operation(summary = "Correct an agenda item's decision and what it concerns (editors, for open items); close or "
            + "reopen it (the committee's secretariat; reopening needs a reason). closed: null leaves it as it is")
    AgendaItemDto edit(@PathVariable UUID id, @RequestBody ItemRequest request, Viewer viewer) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "must be given");
        }
        Set<ItemLink> links = new LinkedHashSet<>();
        List<ProceedingsDtos.LinkDto> given = request.links() == null ? List.of() : request.links();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).targetId() == null) {
                throw new InvalidInputException("links[" + i + "]", "give item, kind and targetId");
            }
            links.add(new ItemLink(kind(given.get(i).kind(), "links[" + i + "]"), given.get(i).targetId()));
        }
        return AgendaItemDto.of(meetings.editItem(id, request.version(), request.decision(), request.closed(),
                request.reason(), links, viewer));
    }

    record SecretaryRequest(UUID userId) {
    }

    @GetMapping("/committees/{id}/secretaries")
    @Operation(summary = "The users who form the committee's secretariat: they read and close or reopen its closed items (administrators)")
    List<UUID> secretaries(@PathVariable UUID id, Viewer viewer) {
        return secretariat.secretaries(id, viewer);
    }

    @PostMapping("/committees/{id}/secretaries")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make a user part of the committee's secretariat (administrators)")
    void appointSecretary(@PathVariable UUID id, @RequestBody(required = false) SecretaryRequest request, Viewer viewer) {
        permissions.requireManageSecretariats(viewer); // before the body is checked: a refusal never depends on what was sent
        secretariat.appointSecretary(id, request == null ? null : request.userId(), viewer);
    }

    @DeleteMapping("/committees/{id}/secretaries/{user}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a user's part in the committee's secretariat (administrators)")
    void dismissSecretary(@PathVariable UUID id, @PathVariable UUID user, Viewer viewer) {
        secretariat.dismissSecretary(id, user, viewer);
    }

    @GetMapping("/cases/{id}")
    CaseDto proceedingsCase(@PathVariable UUID id, Viewer viewer) {
        return CaseDto.of(caseHistory.proceedingsCase(id, viewer), caseHistory.treatments(id, viewer));
    }

    @GetMapping("/strategies/{id}/history")
    @Operation(summary = "A strategy's political history: the agenda items that concern it, its goals or initiatives")
    List<TreatmentDto> history(@PathVariable UUID id, Viewer viewer) {
        return caseHistory.history(new StrategyId(id), viewer).stream().map(TreatmentDto::of).toList();
    }

    private static LinkKind kind(String kind, String field) {
        try {
            return kind == null ? LinkKind.STRATEGY : LinkKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "has an invalid value");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
