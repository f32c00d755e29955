package dk.pejling.proceedings;

import dk.pejling.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may keep the proceedings (import minutes, correct agenda items, remove meetings, add terms) and who
 * manages the committees' secretariats, decided here once: the services refuse with these rules and the
 * pages ask them what to offer (docs/permissions.md, "Proceedings and OParl"). Proceedings are kept by the
 * bodies' secretariats, which are not organisations of the strategy register: any editor keeps them, and
 * a committee's secretariat (and administrators) alone decide about its closed items.
 */
@Component
public class ProceedingsPermissions {

    /** Editors of any organisation and administrators import minutes and keep the proceedings. */
    public boolean mayKeepProceedings(Viewer viewer) {
        return viewer.isAdmin() || viewer.isEditor();
    }

    /** Only administrators appoint and dismiss a committee's secretaries and see who they are. */
    public boolean mayManageSecretariats(Viewer viewer) {
        return viewer.isAdmin();
    }

    /**
     * A minutes draft holds everything the document says, closed items included, before any secretariat is
     * known: it is its uploader's and the administrators'.
     */
    public boolean mayOpenDraftOf(String uploader, Viewer viewer) {
        return viewer.isAdmin() || (uploader != null && uploader.equals(viewer.name()));
    }

    /**
     * Correcting an agenda item: an open item that stays open, editors and the committee's secretariat; a
     * closed item, or closing or reopening one, only the secretariat (administrators are part of every one).
     *
     * @param closed                  the wanted closure, null: stays as it is
     * @param isSecretariat           whether the viewer is the secretariat of the item's committee
     */
    public boolean mayEditItem(AgendaItem item, Boolean closed, boolean isSecretariat, Viewer viewer) {
        return mayEditItem(item.closed() || item.changesClosure(closed), isSecretariat, viewer);
    }

    boolean mayEditItem(boolean closedOrClosureChanges, boolean isSecretariat, Viewer viewer) {
        return isSecretariat || (!closedOrClosureChanges && viewer.isEditor());
    }

    /**
     * The proceedings pages offer their forms to everyone who holds an editing role anywhere; the forms
     * themselves are refused with {@link #mayKeepProceedings} (a coordinator who is not an editor is shown
     * the way and then told no, as before this component).
     */
    public boolean mayOfferForms(Viewer viewer) {
        return viewer.holdsEditingRole();
    }

    public void requireKeepProceedings(Viewer viewer) {
        Viewer.require(mayKeepProceedings(viewer));
    }

    public void requireManageSecretariats(Viewer viewer) {
        Viewer.require(mayManageSecretariats(viewer));
    }
}
