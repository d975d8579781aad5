/**
 * The rendering toolkit for downloads and attachments: a tabular document model written
 * as CSV, XLSX or PDF, trend charts, localised labels and attachment file names. It owns
 * no tables and serves no endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package org.classlytics.export;
