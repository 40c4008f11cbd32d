package org.ctcreview.store;

/** A stored cartridge with its id, its patient's code and when it was imported. */
public record CartridgeInfo(long id, String patientCode, String importedAt, CartridgeRow row) {
}
