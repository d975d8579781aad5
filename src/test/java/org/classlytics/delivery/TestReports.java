package org.classlytics.delivery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.classlytics.export.ExportFormat;
import org.classlytics.mail.Attachment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the reports module in delivery's tests only: renders a small file that
 * names the request (so a test can tell whose permissions built it), fails on demand for
 * chosen viewers, can run a hook before rendering, and records the weekly pipeline calls.
 */
@TestConfiguration(proxyBeanMethods = false)
@Primary // over the reports module's real implementation, in the contexts that import it
class TestReports implements ScheduledReports {

	final List<ReportRequest> requests = new CopyOnWriteArrayList<>();

	final List<String> pipeline = new CopyOnWriteArrayList<>();

	final Set<Long> failFor = ConcurrentHashMap.newKeySet();

	final Map<Long, Integer> sizeFor = new ConcurrentHashMap<>();

	final Map<Long, Object> contentKeyFor = new ConcurrentHashMap<>();

	volatile Consumer<ReportRequest> beforeRender = (request) -> {
	};

	void reset() {
		this.requests.clear();
		this.pipeline.clear();
		this.failFor.clear();
		this.sizeFor.clear();
		this.contentKeyFor.clear();
		this.beforeRender = (request) -> {
		};
	}

	static byte[] content(long scheduleId, long viewerId) {
		return ("report of schedule " + scheduleId + " for viewer " + viewerId).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public RenderedReport render(ReportRequest request) {
		this.beforeRender.accept(request);
		this.requests.add(request);
		long viewer = request.viewer().userId();
		if (this.failFor.contains(viewer)) {
			throw new ReportGenerationFailed("no data for viewer " + viewer);
		}
		byte[] content = content(request.scheduleId(), viewer);
		Integer size = this.sizeFor.get(viewer);
		if (size != null) {
			content = Arrays.copyOf(content, size);
		}
		return new RenderedReport(new Attachment("report-" + request.scheduleId() + "." + request.format().extension(),
				request.format().contentType(), content), request.scope().studentIds());
	}

	@Override
	public Optional<Object> contentKey(ReportRequest request) {
		return Optional.ofNullable(this.contentKeyFor.get(request.viewer().userId()));
	}

	@Override
	public Attachment renderSample(ReportType reportType, ExportFormat format, Locale locale) {
		return new Attachment("sample." + format.extension(), format.contentType(),
				("sample " + reportType.apiName() + " " + locale.toLanguageTag()).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public int generateTeacherWeeklyReports(LocalDate weekStart, long schoolId) {
		this.pipeline.add("generate " + weekStart + " " + schoolId);
		return 3;
	}

	@Override
	public int sendTeacherWeeklyDrafts(LocalDate weekStart, long schoolId) {
		this.pipeline.add("send " + weekStart + " " + schoolId);
		return 2;
	}

	List<String> pipelineOf(long schoolId) {
		List<String> mine = new ArrayList<>();
		for (String call : this.pipeline) {
			if (call.endsWith(" " + schoolId)) {
				mine.add(call);
			}
		}
		return mine;
	}

}
