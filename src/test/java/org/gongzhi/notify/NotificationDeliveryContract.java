package org.gongzhi.notify;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.gongzhi.cases.CaseAccepted;
import org.gongzhi.cases.CaseDispatched;
import org.gongzhi.cases.CaseEvent;
import org.gongzhi.cases.CaseFacts;
import org.gongzhi.demo.DemoUser;
import org.gongzhi.identity.Department;
import org.gongzhi.identity.Departments;
import org.gongzhi.identity.Role;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.notify.CaseEventFixture.CITY_MANAGEMENT;
import static org.gongzhi.notify.CaseEventFixture.accepted;
import static org.gongzhi.notify.CaseEventFixture.await;
import static org.gongzhi.notify.CaseEventFixture.caseIn;
import static org.gongzhi.notify.CaseEventFixture.caseOf;
import static org.gongzhi.notify.CaseEventFixture.nextId;

/**
 * The delivery worker: exactly once across workers, retries with backoff, the reader's
 * language.
 */
abstract class NotificationDeliveryContract extends NotifyTestSupport {

	private static final String DELIVERIES = "/api/notify/deliveries";

	@Autowired
	private DeliveryWorker worker;

	@Autowired
	private DeliveryQueue queue;

	@Autowired
	private RecordingChannel channel;

	@Autowired
	private RecordingNotificationSmsSender sms;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Departments departments;

	@Test
	void twoWorkersAtOnceDeliverEachNotificationExactlyOnce() throws Exception {
		String unit = newDepartment();
		Account staff = newAccount(Role.DEPARTMENT, "210105", unit);
		List<CaseEvent> dispatches = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			CaseFacts facts = caseOf(unit, null);
			this.channel.slowFor(facts.caseId());
			dispatches.add(new CaseDispatched(nextId(), facts, Instant.now(), null, unit, false));
		}
		this.cases.publish(dispatches.toArray(CaseEvent[]::new));
		List<Long> ids = notificationsOf(staff.id());
		assertThat(ids).hasSize(30);

		ExecutorService workers = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(workers.submit(() -> {
				start.await();
				return this.worker.deliverDue();
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		workers.shutdown();
		await(() -> ids.stream().allMatch((id) -> "SENT".equals(state(id, RecordingChannel.NAME))),
				"all deliveries sent");

		assertThat(ids).allSatisfy((id) -> assertThat(this.channel.deliveries(id)).as("deliveries of %d", id).isOne());
		await(() -> ids.stream().allMatch((id) -> "SENT".equals(state(id, "sms"))), "all text messages sent");
		for (CaseEvent dispatch : dispatches) {
			assertThat(this.sms.to(staff.id(), dispatch.facts().number())).hasSize(1);
		}
	}

	@Test
	void aClaimedDeliveryIsSkippedByAnotherWorkerInsteadOfWaitedFor() throws Exception {
		Account reporter = newResident();
		CaseFacts facts = caseOf(CITY_MANAGEMENT, reporter.id());
		this.cases.publish(accepted(facts, null), accepted(facts, null), accepted(facts, null));
		List<Long> ids = notificationsOf(reporter.id());
		// rows of a channel of their own, due later than the scheduled worker looks
		Instant later = Instant.now().plus(Duration.ofHours(12));
		for (long id : ids) {
			this.jdbc
				.sql("insert into notification_delivery (notification_id, channel, state, attempts, next_attempt_at)"
						+ " values (?, 'test-claim', 'PENDING', 0, ?)")
				.params(id, Timestamp.from(later))
				.update();
		}
		Instant horizon = later.plus(Duration.ofHours(1));
		CompletableFuture<List<DeliveryQueue.Due>> first = new CompletableFuture<>();
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				first.complete(this.queue.claim(horizon, 1000));
				awaitQuietly(release);
				status.setRollbackOnly();
			}));
			List<DeliveryQueue.Due> held = first.get(30, TimeUnit.SECONDS);
			List<DeliveryQueue.Due> second = threads
				.submit(() -> this.transactions.execute((status) -> this.queue.claim(horizon, 1000)))
				.get(10, TimeUnit.SECONDS);

			assertThat(held).extracting(DeliveryQueue.Due::notificationId).containsAll(ids);
			assertThat(second).doesNotContainAnyElementsOf(held);
		}
		finally {
			release.countDown();
			threads.shutdown();
			threads.awaitTermination(30, TimeUnit.SECONDS);
			this.jdbc.sql("delete from notification_delivery where channel = 'test-claim'").update();
		}
	}

	@Test
	void aFailedDeliveryIsRetriedAfterItsBackoff() {
		Account reporter = newResident();
		CaseFacts facts = caseOf(CITY_MANAGEMENT, reporter.id());
		this.channel.failFor(facts.caseId(), 1);
		this.cases.publish(accepted(facts, null));
		long id = notificationsOf(reporter.id()).get(0);

		this.worker.deliverDue();
		await(() -> attempts(id) == 1, "the first attempt");
		assertThat(state(id, RecordingChannel.NAME)).isEqualTo("PENDING");
		assertThat(lastError(id)).isEqualTo("test failure");
		assertThat(nextAttempt(id)).isAfter(this.clock.instant().plusSeconds(20));
		this.worker.deliverDue();
		assertThat(attempts(id)).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(31));
		this.worker.deliverDue();
		await(() -> "SENT".equals(state(id, RecordingChannel.NAME)), "the second attempt");
		assertThat(attempts(id)).isEqualTo(2);
		assertThat(lastError(id)).isNull();
		assertThat(this.channel.deliveries(id)).isOne();
	}

	@Test
	void aDeliveryThatKeepsFailingIsGivenUpShownToTheAdministratorAndRetriedOnDemand() {
		Account reporter = newResident();
		// in 三台子街道's neighbour street, outside the street administrator's scope
		CaseFacts facts = caseIn("210105002001", CITY_MANAGEMENT, reporter.id());
		this.channel.failFor(facts.caseId(), 1000);
		this.cases.publish(accepted(facts, null));
		long id = notificationsOf(reporter.id()).get(0);

		for (int round = 0; round < 20 && !"FAILED".equals(state(id, RecordingChannel.NAME)); round++) {
			this.worker.deliverDue();
			this.clock.advance(Duration.ofHours(2));
		}

		assertThat(state(id, RecordingChannel.NAME)).isEqualTo("FAILED");
		assertThat(attempts(id)).isEqualTo(8);
		assertThat(lastError(id)).isEqualTo("test failure");
		assertThat(this.channel.deliveries(id)).isZero();

		TestHttp admin = http().loginAs(DemoUser.ADMIN);
		JsonNode failed = admin.get(DELIVERIES + "?limit=200").json();
		assertThat(failed.findValues("notificationId").stream().map(JsonNode::asLong)).contains(id);
		JsonNode mine = StreamSupport.stream(failed.spliterator(), false)
			.filter((row) -> row.path("notificationId").asLong() == id
					&& RecordingChannel.NAME.equals(row.path("channel").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(mine.path("attempts").asInt()).isEqualTo(8);
		assertThat(mine.path("lastError").asString()).isEqualTo("test failure");
		assertThat(mine.path("caseNumber").asString()).isEqualTo(facts.number());
		TestHttp streetAdmin = http().loginAs(DemoUser.STREET_ADMIN);
		assertThat(streetAdmin.get(DELIVERIES + "?limit=200")
			.json()
			.findValues("notificationId")
			.stream()
			.map(JsonNode::asLong)).doesNotContain(id);
		String retry = DELIVERIES + "/" + id + "/" + RecordingChannel.NAME + "/retry";
		assertThat(streetAdmin.postJson(retry, "{}").status()).isEqualTo(404);
		assertThat(http().loginAs(DemoUser.DISPATCHER).get(DELIVERIES).status()).isEqualTo(403);

		this.channel.failFor(facts.caseId(), 0);
		assertThat(admin.postJson(retry, "{}").status()).isEqualTo(202);
		this.worker.deliverDue();
		await(() -> "SENT".equals(state(id, RecordingChannel.NAME)), "the retried delivery");
		assertThat(this.channel.deliveries(id)).isOne();
		assertThat(admin.postJson(retry, "{}").status()).isEqualTo(404);
	}

	@Test
	void textMessagesSpeakTheLanguageTheirRecipientReadsIn() {
		String unit = newDepartment();
		Account english = newAccount(Role.DEPARTMENT, "210105", unit);
		Account chinese = newAccount(Role.DEPARTMENT, "210105", unit);
		http().loginAs(english.username(), DemoUser.password()).get("/api/me/notifications", "Accept-Language", "en");
		CaseFacts facts = caseOf(unit, null);
		CaseAccepted accepted = accepted(caseOf(unit, newResident().id()), null);
		this.cases.publish(new CaseDispatched(nextId(), facts, Instant.now(), null, unit, false), accepted);

		this.worker.deliverDue();
		await(() -> !this.sms.to(english.id(), facts.number()).isEmpty()
				&& !this.sms.to(chinese.id(), facts.number()).isEmpty(), "the text messages");
		assertThat(this.sms.to(english.id(), facts.number())).containsExactly("[Gongzhi] New assignment: Case "
				+ facts.number() + " was dispatched to your unit. Please handle it in time.");
		assertThat(this.sms.to(chinese.id(), facts.number()))
			.containsExactly("【共治】派遣任务：案件 " + facts.number() + " 已派遣给本单位，请及时处置。");
		// an acceptance is not worth a text message (gongzhi.notify.sms.kinds)
		assertThat(this.jdbc
			.sql("select count(*) from notification_delivery d join notification n on n.id = d.notification_id"
					+ " where n.event_id = ? and d.channel = 'sms'")
			.param(accepted.eventId())
			.query(Long.class)
			.single()).isZero();
	}

	private String newDepartment() {
		String unit = CITY_MANAGEMENT + "-" + (nextId() % 1_000_000);
		this.departments.createIfAbsent(new Department(unit, "测试中队", CITY_MANAGEMENT, "210105001"));
		return unit;
	}

	private List<Long> notificationsOf(long userId) {
		return this.jdbc.sql("select id from notification where recipient_id = ? order by id")
			.param(userId)
			.query(Long.class)
			.list();
	}

	private String state(long id, String channelName) {
		return this.jdbc.sql("select state from notification_delivery where notification_id = ? and channel = ?")
			.params(id, channelName)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private int attempts(long id) {
		return this.jdbc.sql("select attempts from notification_delivery where notification_id = ? and channel = ?")
			.params(id, RecordingChannel.NAME)
			.query(Integer.class)
			.single();
	}

	private String lastError(long id) {
		return this.jdbc.sql("select last_error from notification_delivery where notification_id = ? and channel = ?")
			.params(id, RecordingChannel.NAME)
			.query(String.class)
			.list()
			.get(0);
	}

	private Instant nextAttempt(long id) {
		return this.jdbc
			.sql("select next_attempt_at from notification_delivery where notification_id = ? and channel = ?")
			.params(id, RecordingChannel.NAME)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
