package dk.pejling.organisation;

import dk.pejling.shared.Coded;

/** The kinds of organisation the partners are made of; the code is the Danish word. */
public enum OrganisationKind implements Coded {
    MUNICIPALITY("kommune"),
    DEPARTMENT("forvaltning"),
    UNIT("afdeling"),
    POLICE_DISTRICT("politikreds"),
    REGION("region"),
    HOUSING_ORGANISATION("boligorganisation"),
    COMMITTEE("udvalg"),
    OTHER("andet");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
