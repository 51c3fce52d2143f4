package io.github.opendisclosure.extract.agency;

import io.github.opendisclosure.extract.ExtractionIssue;
import java.util.List;

/**
 * Who wrote a report: the agency's full name, its kind of office and administrative level, and
 * the divisions it belongs to with the GB/T 2260 code of the smallest (null where unknown).
 */
public record AgencyIdentity(String agencyName, String agencyType, String level, String province,
    String city, String county, String township, String divisionCode, List<ExtractionIssue> issues) {}
