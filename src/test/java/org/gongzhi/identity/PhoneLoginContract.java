package org.gongzhi.identity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongzhi.support.ApplicationTest;
import org.gongzhi.support.RecordingSmsSender;
import org.gongzhi.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents sign in with their mobile number and a code sent by SMS.
 */
abstract class PhoneLoginContract extends ApplicationTest {

	@Autowired
	private RecordingSmsSender sms;

	@Autowired
	private org.gongzhi.support.TestClock clock;

	@Test
	void aResidentSignsInWithTheCodeAndGetsAnAccountOnTheFirstSignIn() {
		String phone = "13800001234";
		TestHttp resident = http();
		TestHttp.Response sent = resident.postForm("/login/phone/code", Map.of("phone", phone));
		assertThat(sent.body()).contains("验证码已发送");
		TestHttp.Response signedIn = resident.postForm("/login/phone", Map.of("phone", phone, "code", code(phone)));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).endsWith("/");
		String home = resident.get("/").body();
		assertThat(home).contains("居民 138****1234").contains("这是您第一次登录");
	}

	@Test
	void theNextPhoneSignInShowsWhenAndWhereTheLastOneWas() {
		String phone = "13400003333";
		TestHttp first = http();
		first.postForm("/login/phone/code", Map.of("phone", phone));
		first.postForm("/login/phone", Map.of("phone", phone, "code", code(phone)));
		this.clock.advance(java.time.Duration.ofMinutes(2));
		TestHttp second = http();
		second.postForm("/login/phone/code", Map.of("phone", phone));
		second.postForm("/login/phone", Map.of("phone", phone, "code", code(phone)));
		assertThat(second.get("/").body()).contains("上次登录：").contains("127.0.0.1");
	}

	@Test
	void neitherThePhoneNumberNorTheCodeIsStored() {
		String phone = "13900005678";
		TestHttp resident = http();
		resident.postForm("/login/phone/code", Map.of("phone", phone));
		resident.postForm("/login/phone", Map.of("phone", phone, "code", code(phone)));
		assertThat(this.jdbc.sql("select count(*) from app_user where username like ? or display_name like ?")
			.params("%" + phone + "%", "%" + phone + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from phone_login_code where phone_key like ? or code_hash = ?")
			.params("%" + phone + "%", code(phone))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aWrongCodeIsRefusedAndFiveWrongTriesSpendTheCode() {
		String phone = "13700009999";
		TestHttp resident = http();
		resident.postForm("/login/phone/code", Map.of("phone", phone));
		String right = code(phone);
		String wrong = right.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			TestHttp.Response refused = resident.postForm("/login/phone", Map.of("phone", phone, "code", wrong));
			assertThat(refused.status()).isEqualTo(200);
			assertThat(refused.body()).contains("验证码不对");
		}
		TestHttp.Response spent = resident.postForm("/login/phone", Map.of("phone", phone, "code", right));
		assertThat(spent.body()).contains("验证码已失效");
	}

	@Test
	void aPhoneGetsOneCodeAMinuteAndABadNumberIsRejectedNextToTheField() {
		String phone = "13600002222";
		TestHttp resident = http();
		resident.postForm("/login/phone/code", Map.of("phone", phone));
		assertThat(resident.postForm("/login/phone/code", Map.of("phone", phone)).body()).contains("一分钟后");
		TestHttp.Response bad = resident.postForm("/login/phone/code", Map.of("phone", "12345"));
		assertThat(bad.body()).contains("field-error").contains("11 位");
	}

	private String code(String phone) {
		String message = this.sms.lastTo(phone);
		assertThat(message).as("an SMS to %s", phone).isNotNull();
		Matcher matcher = Pattern.compile("([0-9]{6})").matcher(message);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
